// A minimal, run-time-loaded view of libclang's C API for randlint's C front end.
//
// randlint must build and run where libclang is absent, and packages that depend on it must not
// need unsafe linker flags, so nothing here links against libclang: `rlc_load` opens the shared
// library with dlopen (as clang's Python bindings do) and looks up the handful of entry points
// the front end uses. The value types below mirror libclang's by-value structs field for field
// (they are passed to and returned from libclang functions), written out here so no LLVM header
// is needed. Enumerations are plain ints.
#ifndef RANDLINT_CLANG_SHIM_H
#define RANDLINT_CLANG_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A string owned by libclang (two words: data and private flags).
typedef struct { const void *data; unsigned flags; } rlc_string;
/// A position in a translation unit (opaque to us).
typedef struct { const void *ptr[2]; unsigned data; } rlc_location;
/// A range in a translation unit (opaque to us).
typedef struct { const void *ptr[2]; unsigned begin; unsigned end; } rlc_range;
/// A node of the AST: its kind, a private int and three private pointers.
typedef struct { int kind; int xdata; const void *data[3]; } rlc_cursor;
/// A type: its kind and two private pointers.
typedef struct { int kind; void *data[2]; } rlc_type;
/// A token: four private ints and a private pointer.
typedef struct { unsigned data[4]; void *ptr; } rlc_token;
/// An in-memory file contents that overrides the file on disk.
typedef struct { const char *filename; const char *contents; unsigned long length; } rlc_unsaved_file;
// CXSourceRangeList
typedef struct { unsigned count; rlc_range *ranges; } rlc_range_list;

typedef void *rlc_index;
typedef void *rlc_tu;
typedef void *rlc_file;

/// Loads libclang from `path`. Returns 0 on success; otherwise writes a reason to `error`.
/// Call once (the Swift side serializes it); every other function needs a successful load.
int rlc_load(const char *path, char *error, size_t error_size);
int rlc_is_loaded(void);

rlc_index rlc_create_index(void);
void rlc_dispose_index(rlc_index index);

/// Parses `filename` with `args`; returns NULL when libclang could not produce a translation unit
/// (then `*error_code` is libclang's error code).
rlc_tu rlc_parse(rlc_index index, const char *filename, const char *const *args, int arg_count,
                 rlc_unsaved_file *unsaved, unsigned unsaved_count, unsigned options, int *error_code);
void rlc_dispose_tu(rlc_tu tu);

/// Diagnostics: count, and for each its severity and malloc'd text (free it).
unsigned rlc_diagnostic_count(rlc_tu tu);
int rlc_diagnostic(rlc_tu tu, unsigned index, char **text);

rlc_cursor rlc_tu_cursor(rlc_tu tu);
/// The direct children of `parent`, in source order, as a malloc'd array (free it); returns the count.
unsigned rlc_children(rlc_cursor parent, rlc_cursor **out);
int rlc_cursor_kind(rlc_cursor cursor);
int rlc_cursor_is_null(rlc_cursor cursor);
int rlc_cursor_is_definition(rlc_cursor cursor);
int rlc_cursors_equal(rlc_cursor a, rlc_cursor b);
/// malloc'd UTF-8 (free it).
char *rlc_cursor_spelling(rlc_cursor cursor);
rlc_cursor rlc_cursor_referenced(rlc_cursor cursor);
rlc_cursor rlc_cursor_definition(rlc_cursor cursor);
rlc_range rlc_cursor_extent(rlc_cursor cursor);
rlc_location rlc_cursor_location(rlc_cursor cursor);
int rlc_cursor_argument_count(rlc_cursor cursor);
rlc_cursor rlc_cursor_argument(rlc_cursor cursor, unsigned index);

/// Evaluates a constant integer expression; returns 1 and sets `*value` when it is one.
int rlc_evaluate_int(rlc_cursor cursor, long long *value);

rlc_type rlc_cursor_type(rlc_cursor cursor);
int rlc_type_kind(rlc_type type);
/// malloc'd (free it).
char *rlc_type_spelling(rlc_type type);
rlc_type rlc_type_element(rlc_type type);
/// The type a typedef names (`typedef rk_key my_key;` → rk_key).
rlc_type rlc_type_typedef_underlying(rlc_type type);
/// The type an elaborated type names (`struct s` → the struct type).
rlc_type rlc_type_named(rlc_type type);

rlc_location rlc_range_start(rlc_range range);
rlc_location rlc_range_end(rlc_range range);
/// Where a location ends up after macro expansion (the macro's use for text from a macro body).
void rlc_expansion_location(rlc_location loc, rlc_file *file, unsigned *line, unsigned *column, unsigned *offset);
/// Where the text at a location was written (inside a macro definition for text from a macro body).
void rlc_spelling_location(rlc_location loc, rlc_file *file, unsigned *line, unsigned *column, unsigned *offset);
int rlc_location_in_system_header(rlc_location loc);
int rlc_location_in_main_file(rlc_location loc);
/// malloc'd (free it); NULL for no file.
char *rlc_file_name(rlc_file file);
int rlc_files_equal(rlc_file a, rlc_file b);
/// The contents libclang parsed for `file` (valid while the translation unit lives), or NULL.
const char *rlc_file_contents(rlc_tu tu, rlc_file file, size_t *size);

/// The byte ranges of `filename` the preprocessor skipped (inactive `#if` branches, with their
/// directives), as start/end offset pairs in one malloc'd array (free it); returns the pair count.
/// Needs a translation unit parsed with the detailed preprocessing record.
unsigned rlc_skipped_ranges(rlc_tu tu, const char *filename, unsigned **offsets);

/// The spellings of the tokens in `range`, as one malloc'd buffer of NUL-separated strings
/// (free it); returns the token count.
unsigned rlc_token_spellings(rlc_tu tu, rlc_range range, char **out, size_t *out_size);

#ifdef __cplusplus
}
#endif

#endif
