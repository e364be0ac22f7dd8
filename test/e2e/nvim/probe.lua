-- Neovim (0.7+) as a second LSP client: starts `node server/out/server.js --stdio` on the open
-- buffer, waits for diagnostics, asks for document symbols and applies the preferred quick fix of
-- the diagnostic at VIETPROOF_FIX_LINE/VIETPROOF_FIX_CHAR (0-based, UTF-16), then writes everything
-- it saw as JSON to VIETPROOF_PROBE_OUT and quits. The Node side (../nvim.mjs) makes the assertions.
local out_path = assert(os.getenv('VIETPROOF_PROBE_OUT'), 'VIETPROOF_PROBE_OUT')
local server = assert(os.getenv('VIETPROOF_SERVER'), 'VIETPROOF_SERVER')
local root = assert(os.getenv('VIETPROOF_ROOT'), 'VIETPROOF_ROOT')
local fix_line = tonumber(os.getenv('VIETPROOF_FIX_LINE') or '-1')
local fix_char = tonumber(os.getenv('VIETPROOF_FIX_CHAR') or '-1')
local timeout_ms = tonumber(os.getenv('VIETPROOF_TIMEOUT_MS') or '60000')

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, errors = {} }

local function finish()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  local raw = nil
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'vietproof',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      -- keep the protocol's own diagnostics (UTF-16 positions) next to Neovim's (byte columns)
      ['textDocument/publishDiagnostics'] = function(e, res, ctx, config)
        if res and res.diagnostics and #res.diagnostics > 0 then raw = res.diagnostics end
        return default_handler(e, res, ctx, config)
      end,
    },
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
  })
  if not client_id then error('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(buf, client_id)

  local t0 = vim.loop.hrtime()
  local arrived = vim.wait(timeout_ms, function() return raw ~= nil and #vim.diagnostic.get(buf) > 0 end, 50)
  result.diagnostics_ms = (vim.loop.hrtime() - t0) / 1e6
  if not arrived then
    table.insert(result.errors, 'no diagnostics within ' .. timeout_ms .. ' ms')
  end
  result.raw = raw or {}
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    local text = nil
    if d.end_lnum == d.lnum then text = line:sub(d.col + 1, d.end_col) end
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, code = code, message = d.message, text = text,
    })
  end

  local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
  local responses, req_err = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, timeout_ms)
  if not responses then table.insert(result.errors, 'documentSymbol: ' .. tostring(req_err)) end
  for _, r in pairs(responses or {}) do
    if r.err then table.insert(result.errors, 'documentSymbol: ' .. vim.inspect(r.err)) end
    result.symbols = r.result
  end

  -- the preferred quick fix for the diagnostic at the given position, applied in UTF-16
  local target = nil
  for _, d in ipairs(raw or {}) do
    if d.range.start.line == fix_line and d.range.start.character <= fix_char and d.range['end'].character > fix_char then target = d end
  end
  if target then
    local action_params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      range = target.range,
      context = { diagnostics = { target }, only = { 'quickfix' } },
    }
    local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', action_params, timeout_ms) or {}
    for _, r in pairs(actions) do
      for _, a in ipairs(r.result or {}) do
        if a.isPreferred and a.edit then
          result.fix_title = a.title
          vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
        end
      end
    end
    result.fixed_line = vim.api.nvim_buf_get_lines(buf, fix_line, fix_line + 1, false)[1]
  end

  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
