-- Headless Neovim (0.7+) as a real LSP client for `randlint lsp` (INTEGRATIONS §3.4).
--
--   LSP_BIN=.build/debug/randlint LSP_FILE=/path/main.swift \
--     timeout 60 nvim --headless -u NONE -i NONE -n -c 'luafile Tests/lsp/nvim_lsp_check.lua'
--
-- Starts the server with the built-in client, opens LSP_FILE, waits for diagnostics, then
-- empties the line of the first diagnostic (a didChange) and waits for them to go away. Prints
-- one JSON line: {"diagnostics": [...], "after_edit": [...]}. Columns are Neovim's own 0-based
-- byte columns, converted from the server's UTF-16 positions, so they check the server's math.
-- Exit 0 when diagnostics arrived, 1 on a timeout.
local bin = vim.env.LSP_BIN or 'randlint'
local file = assert(vim.env.LSP_FILE, 'set LSP_FILE')

local client_id = vim.lsp.start_client({
  name = 'randlint',
  cmd = { bin, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function collect()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code or lsp.code, source = d.source or lsp.source, message = d.message,
    })
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local before = collect()
local after = {}
if ok then
  -- Edit the buffer (not the file): the finding's line becomes empty, so it must go away.
  vim.api.nvim_buf_set_lines(buf, before[1].lnum, before[1].lnum + 1, false, { '' })
  vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
  after = collect()
end

io.stdout:write(vim.json.encode({ diagnostics = before, after_edit = after }) .. '\n')
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd(ok and 'qall!' or 'cquit! 1')
