"""randlint lsp, driven by a real LSP client (pytest-lsp) with the capabilities of real editors.

Every server message is deserialized into lsprotocol types and checked against the client's
declared capabilities (pytest.ini turns pytest-lsp's specification warnings into errors).
"""
import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import SERVER

SWIFT_URI = "file:///tmp/randlint-pytest-lsp/Sources/App/main.swift"
# The emoji is 4 UTF-8 bytes and 2 UTF-16 units: `srand` starts at byte 11, UTF-16 unit 9.
SWIFT_TEXT = "import Glibc\n/* 😀 */ srand(42)\n"
SWIFT_COLUMN = {"utf-8": 11, "utf-16": 9}

C_URI = "file:///tmp/randlint-pytest-lsp/src/dice.c"
# "    /* é😀 */ " is 17 UTF-8 bytes, 14 UTF-16 units.
C_TEXT = "#include <stdlib.h>\n\nint main(void) {\n    /* é😀 */ srand(42);\n    return 0;\n}\n"
C_COLUMN = {"utf-8": 17, "utf-16": 14}

KEY_URI = "file:///tmp/randlint-pytest-lsp/Sources/App/Jitter.swift"
KEY_TEXT = (
    "import RandomKeys\n"
    "func jitter(key: RandomKey) -> (Double, Double) {\n"
    "    let a = key.uniform()\n"
    "    let b = key.uniform()\n"
    "    return (a, b)\n"
    "}\n"
)

# (pytest-lsp client profile, the encoding the server must pick for it)
PROFILES = [
    ("visual-studio-code", "utf-16"),   # offers nothing: UTF-16
    ("neovim@v0.7.0", "utf-16"),
    ("neovim@v0.10.0", "utf-16"),       # offers only utf-16
    ("neovim", "utf-8"),                # 0.11: utf-8, utf-16, utf-32
    ("emacs", "utf-8"),                 # eglot: utf-32, utf-8, utf-16
]

TIMEOUT = 30


def accept_registrations(client: LanguageClient):
    """Answers client/registerCapability as VS Code and Emacs do (pytest-lsp has no default
    handler for it) and records what the server registered."""
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        client.registrations.extend(params.registrations)
        return None


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER), params=PROFILES, ids=lambda p: p[0])
async def client(request, lsp_client: LanguageClient):
    spec, encoding = request.param
    accept_registrations(lsp_client)
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities(spec)))
    assert result.capabilities.position_encoding == encoding
    assert result.server_info.name == "randlint"
    sync = result.capabilities.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Full and sync.open_close and sync.save is not None
    assert result.capabilities.diagnostic_provider is not None
    assert result.capabilities.code_action_provider is not None
    lsp_client.encoding = encoding
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def vscode(lsp_client: LanguageClient):
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("visual-studio-code")))
    lsp_client.encoding = "utf-16"
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient):
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), TIMEOUT)


def pulls(client: LanguageClient) -> bool:
    """Whether the client declared pull diagnostics (Neovim 0.10 and later): the server then
    answers textDocument/diagnostic and never pushes, so nothing is shown twice."""
    document = client.capabilities.text_document
    return document is not None and document.diagnostic is not None


async def current_diagnostics(client: LanguageClient, uri: str):
    """The document's diagnostics as the client gets them: pulled, or the next push."""
    if not pulls(client):
        await published(client)
        return list(client.diagnostics[uri])
    report = await asyncio.wait_for(client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri))), TIMEOUT)
    assert report.kind == "full"
    assert uri not in client.diagnostics, "a pulling client was pushed diagnostics too"
    return list(report.items)


async def open_document(client: LanguageClient, uri: str, text: str, language: str, version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return await current_diagnostics(client, uri)


async def change_document(client: LanguageClient, uri: str, text: str, version: int):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    return await current_diagnostics(client, uri)


def units(text: str, encoding: str) -> int:
    return len(text.encode("utf-8")) if encoding == "utf-8" else len(text.encode("utf-16-le")) // 2


def apply_insert(text: str, edit: types.TextEdit, encoding: str) -> str:
    """Applies an insertion (an empty-range TextEdit) whose position is in `encoding` units."""
    assert edit.range.start == edit.range.end
    lines = text.split("\n")
    line = lines[edit.range.start.line]
    cut = next(i for i in range(len(line) + 1) if units(line[:i], encoding) == edit.range.start.character)
    lines[edit.range.start.line] = line[:cut] + edit.new_text + line[cut:]
    return "\n".join(lines)


def edits_for(action: types.CodeAction, uri: str):
    """The action's edits for `uri`, whether sent as `documentChanges` or `changes`."""
    if action.edit.document_changes:
        return [e for change in action.edit.document_changes if change.text_document.uri == uri for e in change.edits]
    return list(action.edit.changes[uri])


async def test_swift_and_c_diagnostics_in_the_negotiated_encoding(client: LanguageClient):
    [d] = await open_document(client, SWIFT_URI, SWIFT_TEXT, "swift")
    assert (d.code, d.source, d.severity) == ("global-seed", "randlint", types.DiagnosticSeverity.Warning)
    column = SWIFT_COLUMN[client.encoding]
    assert d.range == types.Range(start=types.Position(line=1, character=column),
                                  end=types.Position(line=1, character=column + len("srand(42)")))
    assert "\nhelp: " in d.message and "RandomKey" in d.message

    [c] = await open_document(client, C_URI, C_TEXT, "c")
    assert (c.code, c.source) == ("global-seed", "randlint")
    assert c.range.start == types.Position(line=3, character=C_COLUMN[client.encoding])
    assert c.range.end == types.Position(line=3, character=C_COLUMN[client.encoding] + len("srand(42)"))
    assert "rk_key_from_seed" in c.message


async def test_edit_and_close(client: LanguageClient):
    assert len(await open_document(client, SWIFT_URI, SWIFT_TEXT, "swift")) == 1
    assert await change_document(client, SWIFT_URI, "let x = 1\n", version=2) == []
    assert len(await change_document(client, SWIFT_URI, SWIFT_TEXT, version=3)) == 1
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=SWIFT_URI)))
    await published(client)
    assert list(client.diagnostics[SWIFT_URI]) == []


async def test_suppress_on_this_line(client: LanguageClient):
    for uri, text, language in [(SWIFT_URI, SWIFT_TEXT, "swift"), (C_URI, C_TEXT, "c")]:
        [d] = await open_document(client, uri, text, language)
        actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d]))), TIMEOUT)
        [action] = actions
        assert action.title == "Suppress global-seed on this line"
        assert action.kind == types.CodeActionKind.QuickFix
        assert [x.code for x in action.diagnostics] == ["global-seed"]
        [edit] = edits_for(action, uri)
        assert edit.new_text == " // randlint:disable-line global-seed"
        fixed = apply_insert(text, edit, client.encoding)
        assert fixed.split("\n")[d.range.start.line].endswith("srand(42) // randlint:disable-line global-seed") or \
            fixed.split("\n")[d.range.start.line].endswith("srand(42); // randlint:disable-line global-seed")
        assert await change_document(client, uri, fixed, version=2) == []


async def test_related_information_only_when_declared(client: LanguageClient):
    [d] = await open_document(client, KEY_URI, KEY_TEXT, "swift")
    assert d.code == "key-reuse" and d.severity == types.DiagnosticSeverity.Error
    assert d.range.start == types.Position(line=3, character=12)
    document = client.capabilities.text_document
    declared = document.publish_diagnostics.related_information
    if pulls(client):  # a client that shows them on pushed diagnostics shows them on pulled ones too
        declared = declared or document.diagnostic.related_information
    if declared:
        [related] = d.related_information
        assert related.location.uri == KEY_URI
        assert related.location.range.start == types.Position(line=2, character=12)
    else:
        assert not d.related_information


async def test_pull_diagnostics(vscode: LanguageClient):
    await open_document(vscode, SWIFT_URI, SWIFT_TEXT, "swift")
    report = await asyncio.wait_for(vscode.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=SWIFT_URI))), TIMEOUT)
    assert report.kind == "full"
    assert [i.code for i in report.items] == ["global-seed"]
    assert report.items[0].range.start == types.Position(line=1, character=9)
    assert report.items[0].code_description.href.endswith("#global-seed")
    again = await asyncio.wait_for(vscode.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=SWIFT_URI), previous_result_id=report.result_id)), TIMEOUT)
    assert again.kind == "unchanged" and again.result_id == report.result_id


async def test_configuration_watcher_registered_when_supported(client: LanguageClient):
    # The registration is sent after `initialized`; a round trip makes sure it has been handled.
    await open_document(client, SWIFT_URI, "let x = 1\n", "swift")
    dynamic = client.capabilities.workspace.did_change_watched_files
    if dynamic is not None and dynamic.dynamic_registration:
        [registration] = client.registrations
        assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        assert [w["globPattern"] for w in registration.register_options["watchers"]] == ["**/.randlint.yml"]
    else:
        assert client.registrations == []
