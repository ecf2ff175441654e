-- Headless Neovim 0.7.2 as a user runs it: start the server with vim.lsp.start_client, open the template,
-- wait for diagnostics, run the emit-request code action as `:lua vim.lsp.buf.code_action()` would (the menu
-- answered by picking the action's title), wait for the server to write the request file, write what happened
-- to RESULT_OUT, and quit with a plain `:qa` (which fails while a buffer is left modified).
-- Usage: SERVER_JS=.../dist/main.js RESULT_OUT=result.json nvim --headless --clean -u nvim-emit-request.lua web.buildcontent
local out = assert(os.getenv('RESULT_OUT'), 'RESULT_OUT is not set')
local server = assert(os.getenv('SERVER_JS'), 'SERVER_JS is not set')
local wanted = os.getenv('ACTION_TITLE') or 'Emit CreateImagePipeline request (aliyun CLI)'

local function finish(code, result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qa!' or ('cq ' .. code))
end

-- The configuration docs/editors.md gives for Neovim 0.7 (vim.lsp.start_client).
local function start_buildcontent(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'buildcontent',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  return client_id
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local template = vim.api.nvim_buf_get_name(buf)
  local client_id = start_buildcontent(buf)
  if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    return finish(2, { error = 'timeout waiting for diagnostics' })
  end
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code or lsp.code })
  end

  -- The code action menu: record what is offered and pick the emit action, as a user would.
  local offered = {}
  local picked = false
  vim.ui.select = function(items, opts, on_choice)
    local choice
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, { title = action.title, kind = action.kind, disabled = action.disabled })
      if action.title == wanted then choice = item end
    end
    picked = choice ~= nil
    on_choice(choice)
  end
  vim.lsp.buf.code_action({ only = { 'source' } })

  local request_path = template:gsub('%.buildcontent$', '.request.sh')
  -- The server writes the file (Neovim 0.7 has no window/showDocument, so it says where instead of opening it).
  local request_text
  local written = vim.wait(15000, function()
    local f = io.open(request_path, 'r')
    if not f then return false end
    request_text = f:read('*a')
    f:close()
    return request_text ~= ''
  end, 50)
  if not written then
    return finish(3, { error = 'the emit action wrote no request file', offered = offered, picked = picked, diagnostics = diagnostics })
  end
  local modified = {}
  for _, info in ipairs(vim.fn.getbufinfo({ bufmodified = 1 })) do table.insert(modified, info.name) end
  local result = {
    diagnostics = diagnostics,
    offered = offered,
    picked = picked,
    request_path = request_path,
    request_text = request_text,
    modified_buffers = modified,
  }
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.tbl_isempty(vim.lsp.get_active_clients()) end, 50)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  -- As a user quits: a plain :qa fails (E37/E162) while a buffer is left modified.
  local ok, err = pcall(vim.cmd, 'qa')
  if not ok then
    result.error = 'qa failed: ' .. tostring(err)
    finish(5, result)
  end
end

-- init runs before the argument file is loaded: act once it is.
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok, err = pcall(run)
  if not ok then finish(4, { error = tostring(err) }) end
end, once = true })
