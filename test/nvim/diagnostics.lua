-- Headless neovim as a second, unrelated LSP client: starts `source-review-ls --stdio` on a
-- workspace, opens the draft, waits for diagnostics and prints them, one per line:
--   DIAG <line>:<col> <code> <source> <message>
-- Exit code 0 when Source Review diagnostics arrived, 1 otherwise.
-- Environment: SR_SERVER (path to bin/source-review-ls), SR_ROOT (workspace), SR_FILE (draft).
local server = os.getenv('SR_SERVER')
local root = os.getenv('SR_ROOT')
local file = os.getenv('SR_FILE')
local timeout = tonumber(os.getenv('SR_TIMEOUT_MS') or '20000')

local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function finish(code) vim.cmd((code == 0) and 'qall!' or 'cquit! ' .. code) end

local exited = false
local client_id = vim.lsp.start_client({
  name = 'source-review',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'samples' } },
  on_exit = function(code) exited = true; if code ~= 0 then out('server exited with ' .. tostring(code)) end end,
})
if not client_id then out('could not start the language server'); finish(1) end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)

local function ours()
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.source == 'Source Review' then table.insert(got, d) end
  end
  return got
end

-- Wait for diagnostics, then until they stop changing (the server may publish more than once).
local ok = vim.wait(timeout, function() return #ours() > 0 or exited end, 50) and not exited
if ok then
  local last, stable_since = -1, vim.loop.now()
  vim.wait(5000, function()
    local n = #ours()
    if n ~= last then last = n; stable_since = vim.loop.now() end
    return vim.loop.now() - stable_since > 500
  end, 50)
end

local diags = ours()
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diags) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or ''
  -- nvim's col counts bytes; the server (and VS Code) count UTF-16 code units: convert back so
  -- the runner can compare positions on lines with curly quotes or dashes.
  local line, col = d.lnum, d.col
  if lsp.range then
    line, col = lsp.range.start.line, lsp.range.start.character
  else
    local text = vim.api.nvim_buf_get_lines(d.bufnr or 0, line, line + 1, false)[1] or ''
    local ok_idx, _, utf16 = pcall(vim.str_utfindex, text, math.min(col, #text))
    if ok_idx and utf16 then col = utf16 end
  end
  out(string.format('DIAG %d:%d %s %s %s', line, col, tostring(code), d.source or '', (d.message:gsub('\n', ' '))))
end
out('COUNT ' .. #diags)
vim.lsp.stop_client(client_id, true)
finish(#diags > 0 and 0 or 1)
