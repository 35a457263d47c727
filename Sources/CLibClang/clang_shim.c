// Loads libclang at run time and forwards to it. See include/clang_shim.h.
#include "clang_shim.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Entry points of libclang, by the names it exports, with the signatures of its C API
// (structs by value, enums as int).
static struct {
    void *handle;
    rlc_index (*createIndex)(int, int);
    void (*disposeIndex)(rlc_index);
    int (*parseTranslationUnit2)(rlc_index, const char *, const char *const *, int, rlc_unsaved_file *, unsigned, unsigned, rlc_tu *);
    void (*disposeTranslationUnit)(rlc_tu);
    unsigned (*getNumDiagnostics)(rlc_tu);
    void *(*getDiagnostic)(rlc_tu, unsigned);
    rlc_string (*getDiagnosticSpelling)(void *);
    int (*getDiagnosticSeverity)(void *);
    void (*disposeDiagnostic)(void *);
    const char *(*getCString)(rlc_string);
    void (*disposeString)(rlc_string);
    rlc_cursor (*getTranslationUnitCursor)(rlc_tu);
    unsigned (*visitChildren)(rlc_cursor, int (*)(rlc_cursor, rlc_cursor, void *), void *);
    int (*getCursorKind)(rlc_cursor);
    int (*Cursor_isNull)(rlc_cursor);
    unsigned (*isCursorDefinition)(rlc_cursor);
    unsigned (*equalCursors)(rlc_cursor, rlc_cursor);
    rlc_string (*getCursorSpelling)(rlc_cursor);
    rlc_cursor (*getCursorReferenced)(rlc_cursor);
    rlc_cursor (*getCursorDefinition)(rlc_cursor);
    rlc_range (*getCursorExtent)(rlc_cursor);
    rlc_location (*getCursorLocation)(rlc_cursor);
    int (*Cursor_getNumArguments)(rlc_cursor);
    rlc_cursor (*Cursor_getArgument)(rlc_cursor, unsigned);
    void *(*Cursor_Evaluate)(rlc_cursor);
    int (*EvalResult_getKind)(void *);
    long long (*EvalResult_getAsLongLong)(void *);
    void (*EvalResult_dispose)(void *);
    rlc_type (*getCursorType)(rlc_cursor);
    rlc_string (*getTypeSpelling)(rlc_type);
    rlc_type (*getElementType)(rlc_type);
    rlc_cursor (*getTypeDeclaration)(rlc_type);
    rlc_type (*getTypedefDeclUnderlyingType)(rlc_cursor);
    rlc_type (*Type_getNamedType)(rlc_type);
    rlc_location (*getRangeStart)(rlc_range);
    rlc_location (*getRangeEnd)(rlc_range);
    void (*getExpansionLocation)(rlc_location, rlc_file *, unsigned *, unsigned *, unsigned *);
    void (*getSpellingLocation)(rlc_location, rlc_file *, unsigned *, unsigned *, unsigned *);
    int (*Location_isInSystemHeader)(rlc_location);
    int (*Location_isFromMainFile)(rlc_location);
    rlc_string (*getFileName)(rlc_file);
    int (*File_isEqual)(rlc_file, rlc_file);
    const char *(*getFileContents)(rlc_tu, rlc_file, size_t *);
    void (*tokenize)(rlc_tu, rlc_range, rlc_token **, unsigned *);
    void (*disposeTokens)(rlc_tu, rlc_token *, unsigned);
    rlc_string (*getTokenSpelling)(rlc_tu, rlc_token);
    rlc_file (*getFile)(rlc_tu, const char *);
    rlc_range_list *(*getSkippedRanges)(rlc_tu, rlc_file);
    void (*disposeSourceRangeList)(rlc_range_list *);
} lib;

int rlc_is_loaded(void) { return lib.handle != NULL; }

int rlc_load(const char *path, char *error, size_t error_size) {
    if (lib.handle) return 0;
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        snprintf(error, error_size, "%s", reason ? reason : "dlopen failed");
        return 1;
    }
#define LOAD(field, symbol)                                                              \
    do {                                                                                 \
        *(void **)&lib.field = dlsym(handle, symbol);                                    \
        if (!lib.field) {                                                                \
            snprintf(error, error_size, "%s: no symbol %s (libclang too old?)", path, symbol); \
            dlclose(handle);                                                             \
            memset(&lib, 0, sizeof lib);                                                 \
            return 1;                                                                    \
        }                                                                                \
    } while (0)
    LOAD(createIndex, "clang_createIndex");
    LOAD(disposeIndex, "clang_disposeIndex");
    LOAD(parseTranslationUnit2, "clang_parseTranslationUnit2");
    LOAD(disposeTranslationUnit, "clang_disposeTranslationUnit");
    LOAD(getNumDiagnostics, "clang_getNumDiagnostics");
    LOAD(getDiagnostic, "clang_getDiagnostic");
    LOAD(getDiagnosticSpelling, "clang_getDiagnosticSpelling");
    LOAD(getDiagnosticSeverity, "clang_getDiagnosticSeverity");
    LOAD(disposeDiagnostic, "clang_disposeDiagnostic");
    LOAD(getCString, "clang_getCString");
    LOAD(disposeString, "clang_disposeString");
    LOAD(getTranslationUnitCursor, "clang_getTranslationUnitCursor");
    LOAD(visitChildren, "clang_visitChildren");
    LOAD(getCursorKind, "clang_getCursorKind");
    LOAD(Cursor_isNull, "clang_Cursor_isNull");
    LOAD(isCursorDefinition, "clang_isCursorDefinition");
    LOAD(equalCursors, "clang_equalCursors");
    LOAD(getCursorSpelling, "clang_getCursorSpelling");
    LOAD(getCursorReferenced, "clang_getCursorReferenced");
    LOAD(getCursorDefinition, "clang_getCursorDefinition");
    LOAD(getCursorExtent, "clang_getCursorExtent");
    LOAD(getCursorLocation, "clang_getCursorLocation");
    LOAD(Cursor_getNumArguments, "clang_Cursor_getNumArguments");
    LOAD(Cursor_getArgument, "clang_Cursor_getArgument");
    LOAD(Cursor_Evaluate, "clang_Cursor_Evaluate");
    LOAD(EvalResult_getKind, "clang_EvalResult_getKind");
    LOAD(EvalResult_getAsLongLong, "clang_EvalResult_getAsLongLong");
    LOAD(EvalResult_dispose, "clang_EvalResult_dispose");
    LOAD(getCursorType, "clang_getCursorType");
    LOAD(getTypeSpelling, "clang_getTypeSpelling");
    LOAD(getElementType, "clang_getElementType");
    LOAD(getTypeDeclaration, "clang_getTypeDeclaration");
    LOAD(getTypedefDeclUnderlyingType, "clang_getTypedefDeclUnderlyingType");
    LOAD(Type_getNamedType, "clang_Type_getNamedType");
    LOAD(getRangeStart, "clang_getRangeStart");
    LOAD(getRangeEnd, "clang_getRangeEnd");
    LOAD(getExpansionLocation, "clang_getExpansionLocation");
    LOAD(getSpellingLocation, "clang_getSpellingLocation");
    LOAD(Location_isInSystemHeader, "clang_Location_isInSystemHeader");
    LOAD(Location_isFromMainFile, "clang_Location_isFromMainFile");
    LOAD(getFileName, "clang_getFileName");
    LOAD(File_isEqual, "clang_File_isEqual");
    LOAD(getFileContents, "clang_getFileContents");
    LOAD(tokenize, "clang_tokenize");
    LOAD(disposeTokens, "clang_disposeTokens");
    LOAD(getTokenSpelling, "clang_getTokenSpelling");
    LOAD(getFile, "clang_getFile");
    LOAD(getSkippedRanges, "clang_getSkippedRanges");
    LOAD(disposeSourceRangeList, "clang_disposeSourceRangeList");
#undef LOAD
    lib.handle = handle;
    return 0;
}

// Copies a libclang string into malloc'd memory and releases the original.
static char *take(rlc_string s) {
    const char *text = lib.getCString(s);
    char *copy = strdup(text ? text : "");
    lib.disposeString(s);
    return copy;
}

rlc_index rlc_create_index(void) { return lib.createIndex(0, 0); }
void rlc_dispose_index(rlc_index index) { lib.disposeIndex(index); }

rlc_tu rlc_parse(rlc_index index, const char *filename, const char *const *args, int arg_count,
                 rlc_unsaved_file *unsaved, unsigned unsaved_count, unsigned options, int *error_code) {
    rlc_tu tu = NULL;
    int code = lib.parseTranslationUnit2(index, filename, args, arg_count, unsaved, unsaved_count, options, &tu);
    if (error_code) *error_code = code;
    return code == 0 ? tu : NULL;
}

void rlc_dispose_tu(rlc_tu tu) { lib.disposeTranslationUnit(tu); }

unsigned rlc_diagnostic_count(rlc_tu tu) { return lib.getNumDiagnostics(tu); }

int rlc_diagnostic(rlc_tu tu, unsigned index, char **text) {
    void *diagnostic = lib.getDiagnostic(tu, index);
    int severity = lib.getDiagnosticSeverity(diagnostic);
    if (text) *text = take(lib.getDiagnosticSpelling(diagnostic));
    lib.disposeDiagnostic(diagnostic);
    return severity;
}

rlc_cursor rlc_tu_cursor(rlc_tu tu) { return lib.getTranslationUnitCursor(tu); }

struct child_list { rlc_cursor *items; unsigned count, capacity; };

// Visitor: append the child, do not recurse (1 = CXChildVisit_Continue).
static int collect(rlc_cursor cursor, rlc_cursor parent, void *data) {
    (void)parent;
    struct child_list *list = data;
    if (list->count == list->capacity) {
        unsigned capacity = list->capacity ? list->capacity * 2 : 8;
        rlc_cursor *items = realloc(list->items, capacity * sizeof *items);
        if (!items) return 0; // CXChildVisit_Break
        list->items = items;
        list->capacity = capacity;
    }
    list->items[list->count++] = cursor;
    return 1;
}

unsigned rlc_children(rlc_cursor parent, rlc_cursor **out) {
    struct child_list list = {0};
    lib.visitChildren(parent, collect, &list);
    *out = list.items;
    return list.count;
}

int rlc_cursor_kind(rlc_cursor cursor) { return lib.getCursorKind(cursor); }
int rlc_cursor_is_null(rlc_cursor cursor) { return lib.Cursor_isNull(cursor); }
int rlc_cursor_is_definition(rlc_cursor cursor) { return (int)lib.isCursorDefinition(cursor); }
int rlc_cursors_equal(rlc_cursor a, rlc_cursor b) { return (int)lib.equalCursors(a, b); }
char *rlc_cursor_spelling(rlc_cursor cursor) { return take(lib.getCursorSpelling(cursor)); }
rlc_cursor rlc_cursor_referenced(rlc_cursor cursor) { return lib.getCursorReferenced(cursor); }
rlc_cursor rlc_cursor_definition(rlc_cursor cursor) { return lib.getCursorDefinition(cursor); }
rlc_range rlc_cursor_extent(rlc_cursor cursor) { return lib.getCursorExtent(cursor); }
rlc_location rlc_cursor_location(rlc_cursor cursor) { return lib.getCursorLocation(cursor); }
int rlc_cursor_argument_count(rlc_cursor cursor) { return lib.Cursor_getNumArguments(cursor); }
rlc_cursor rlc_cursor_argument(rlc_cursor cursor, unsigned index) { return lib.Cursor_getArgument(cursor, index); }

int rlc_evaluate_int(rlc_cursor cursor, long long *value) {
    void *result = lib.Cursor_Evaluate(cursor);
    if (!result) return 0;
    int ok = lib.EvalResult_getKind(result) == 1; // CXEval_Int
    if (ok) *value = lib.EvalResult_getAsLongLong(result);
    lib.EvalResult_dispose(result);
    return ok;
}

rlc_type rlc_cursor_type(rlc_cursor cursor) { return lib.getCursorType(cursor); }
int rlc_type_kind(rlc_type type) { return type.kind; }
char *rlc_type_spelling(rlc_type type) { return take(lib.getTypeSpelling(type)); }
rlc_type rlc_type_element(rlc_type type) { return lib.getElementType(type); }
rlc_type rlc_type_typedef_underlying(rlc_type type) { return lib.getTypedefDeclUnderlyingType(lib.getTypeDeclaration(type)); }
rlc_type rlc_type_named(rlc_type type) { return lib.Type_getNamedType(type); }

rlc_location rlc_range_start(rlc_range range) { return lib.getRangeStart(range); }
rlc_location rlc_range_end(rlc_range range) { return lib.getRangeEnd(range); }

void rlc_expansion_location(rlc_location loc, rlc_file *file, unsigned *line, unsigned *column, unsigned *offset) {
    lib.getExpansionLocation(loc, file, line, column, offset);
}

void rlc_spelling_location(rlc_location loc, rlc_file *file, unsigned *line, unsigned *column, unsigned *offset) {
    lib.getSpellingLocation(loc, file, line, column, offset);
}

int rlc_location_in_system_header(rlc_location loc) { return lib.Location_isInSystemHeader(loc); }
int rlc_location_in_main_file(rlc_location loc) { return lib.Location_isFromMainFile(loc); }

char *rlc_file_name(rlc_file file) {
    if (!file) return NULL;
    return take(lib.getFileName(file));
}

int rlc_files_equal(rlc_file a, rlc_file b) { return lib.File_isEqual(a, b); }

const char *rlc_file_contents(rlc_tu tu, rlc_file file, size_t *size) {
    if (!file) return NULL;
    return lib.getFileContents(tu, file, size);
}

unsigned rlc_token_spellings(rlc_tu tu, rlc_range range, char **out, size_t *out_size) {
    rlc_token *tokens = NULL;
    unsigned count = 0;
    lib.tokenize(tu, range, &tokens, &count);
    size_t size = 0, capacity = 64;
    char *buffer = malloc(capacity);
    for (unsigned i = 0; i < count && buffer; i++) {
        char *text = take(lib.getTokenSpelling(tu, tokens[i]));
        size_t length = strlen(text) + 1;
        while (size + length > capacity) {
            capacity *= 2;
            char *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); buffer = NULL; break; }
            buffer = grown;
        }
        if (buffer) { memcpy(buffer + size, text, length); size += length; }
        free(text);
    }
    if (tokens) lib.disposeTokens(tu, tokens, count);
    *out = buffer;
    *out_size = buffer ? size : 0;
    return buffer ? count : 0;
}

unsigned rlc_skipped_ranges(rlc_tu tu, const char *filename, unsigned **offsets) {
    *offsets = NULL;
    rlc_file file = lib.getFile(tu, filename);
    if (!file) return 0;
    rlc_range_list *list = lib.getSkippedRanges(tu, file);
    if (!list) return 0;
    unsigned count = list->count;
    *offsets = count ? malloc(2 * count * sizeof(unsigned)) : NULL;
    if (!*offsets) count = 0;
    for (unsigned i = 0; i < count; i++) {
        lib.getSpellingLocation(lib.getRangeStart(list->ranges[i]), NULL, NULL, NULL, &(*offsets)[2 * i]);
        lib.getSpellingLocation(lib.getRangeEnd(list->ranges[i]), NULL, NULL, NULL, &(*offsets)[2 * i + 1]);
    }
    lib.disposeSourceRangeList(list);
    return count;
}
