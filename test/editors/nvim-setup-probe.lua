-- Run by test/editors/neovim-setup.test.ts with `-c 'luafile ...'` after Neovim has opened the template with
-- the user's own configuration (the blocks of docs/editors.md): records what the user would see (filetype,
-- options, highlight groups, attached servers and their diagnostics) into RESULT_OUT, then quits.
local out = assert(os.getenv('RESULT_OUT'), 'RESULT_OUT is not set')
-- The server may publish before it has read the settings: wait for the count the settings give.
local want_diagnostics = tonumber(os.getenv('WANT_DIAGNOSTICS') or '0')
local buf = vim.api.nvim_get_current_buf()

local function syntax_runs()
  local lines = {}
  for lnum = 1, vim.fn.line('$') do
    local runs, previous = {}, nil
    for col = 1, #vim.fn.getline(lnum) do
      local id = vim.fn.synID(lnum, col, 1)
      local name = vim.fn.synIDattr(id, 'name')
      if name ~= previous then
        table.insert(runs, { col = col - 1, group = name, linked = vim.fn.synIDattr(vim.fn.synIDtrans(id), 'name') })
        previous = name
      end
    end
    table.insert(lines, runs)
  end
  return lines
end

local got = want_diagnostics == 0 or vim.wait(45000, function() return #vim.diagnostic.get(buf) == want_diagnostics end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, { code = d.code or lsp.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum,
    end_col = d.end_col, severity = d.severity })
end
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
local clients = {}
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(clients, client.name) end

local result = {
  timed_out = not got,
  filetype = vim.bo.filetype,
  syntax = vim.b.current_syntax or '',
  commentstring = vim.bo.commentstring,
  omnifunc = vim.bo.omnifunc,
  fileformat = vim.bo.fileformat,
  clients = clients,
  diagnostics = diagnostics,
  highlight = syntax_runs(),
}
vim.lsp.stop_client(vim.lsp.get_active_clients())
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
