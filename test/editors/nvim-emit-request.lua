-- Headless Neovim 0.7.2 as a user runs it: start the server with vim.lsp.start_client, open the template,
-- wait for diagnostics, run the emit-request code action as `:lua vim.lsp.buf.code_action()` would (the menu
-- answered by picking the action's title), save the request file, and write what happened to RESULT_OUT.
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
  local request_buf
  local applied = vim.wait(15000, function()
    local nr = vim.fn.bufnr(request_path)
    if nr == -1 or not vim.api.nvim_buf_is_loaded(nr) then return false end
    request_buf = nr
    local lines = vim.api.nvim_buf_get_lines(nr, 0, -1, false)
    return #lines > 1 or (lines[1] or '') ~= ''
  end, 50)
  if not applied then
    return finish(3, { error = 'the emit action was not applied', offered = offered, picked = picked, diagnostics = diagnostics })
  end
  -- Save it, as the user would after looking at it.
  vim.api.nvim_buf_call(request_buf, function() vim.cmd('silent write') end)
  vim.lsp.stop_client(client_id)
  finish(0, {
    diagnostics = diagnostics,
    offered = offered,
    picked = picked,
    request_path = request_path,
    request_lines = vim.api.nvim_buf_get_lines(request_buf, 0, -1, false),
  })
end

-- init runs before the argument file is loaded: act once it is.
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok, err = pcall(run)
  if not ok then finish(4, { error = tostring(err) }) end
end, once = true })
