-- Asks the server for a hover and a definition through Neovim's own LSP client; writes PASS/FAIL.
local ws = assert(os.getenv('INFRANOTES_WS'), 'INFRANOTES_WS')
local log = assert(io.open(assert(os.getenv('INFRANOTES_LOG'), 'INFRANOTES_LOG'), 'w'))
local failures = 0

local function say(s)
  log:write(s .. '\n')
  log:flush()
end

local function check(name, ok, detail)
  if ok then
    say('  ok   ' .. name)
  else
    failures = failures + 1
    say('  FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
end

local function finish()
  if failures == 0 then say('PASS: neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. ' hover and definition') else say('FAIL: ' .. failures .. ' check(s) failed') end
  log:close()
  if InfraNotes.client_id then vim.lsp.stop_client(InfraNotes.client_id, true) end
  vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
end

-- Line (0-based) and UTF-16 column of the first occurrence of `needle` in a buffer.
local function find(buf, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then
      local _, utf16 = vim.str_utfindex(line, s - 1)
      return i - 1, utf16
    end
  end
  error('not found: ' .. needle)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/2024/hashicorp-kr-meetup-12.md'))
  local ko = vim.api.nvim_get_current_buf()
  check('the client started and attached', InfraNotes.client_id ~= nil and vim.lsp.buf_is_attached(ko, InfraNotes.client_id))
  local indexed = vim.wait(30000, function()
    return InfraNotes.index ~= nil and InfraNotes.index.indexing == false and InfraNotes.index.notes > 0
  end, 50)
  check('the server indexed the workspace (infranotes/indexChanged)', indexed, vim.inspect(InfraNotes.index))

  -- Hover on 테라폼.
  local line, col = find(ko, '테라폼으로')
  local res = vim.lsp.buf_request_sync(ko, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(ko) }, position = { line = line, character = col + 1 } }, 10000)
  local hover = res and res[InfraNotes.client_id] and res[InfraNotes.client_id].result
  local value = hover and hover.contents and hover.contents.value or ''
  check('hover on 테라폼 shows the Terraform card', value:find('**Terraform**', 1, true) == 1, value)
  check('the card says where you heard of it', value:find('Where you heard of it', 1, true) ~= nil, value)

  -- References on 테라폼: the server sends a tool's references as JSON it made itself (node/json-rpc.ts).
  res = vim.lsp.buf_request_sync(ko, 'textDocument/references', { textDocument = { uri = vim.uri_from_bufnr(ko) }, position = { line = line, character = col + 1 }, context = { includeDeclaration = true } }, 10000)
  local refs = res and res[InfraNotes.client_id] and res[InfraNotes.client_id].result or {}
  local whole = #refs == 9
  for _, r in ipairs(refs) do
    whole = whole and type(r.uri) == 'string' and r.uri:sub(1, 8) == 'file:///' and type(r.range.start.line) == 'number' and r.range['end'].character > r.range.start.character
  end
  check('references on 테라폼: its 9 mentions, each a location', whole, vim.inspect(refs))

  -- Definition from a timetable line lands on the talk's title line.
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/2024/hug-tokyo-18.md'))
  local ja = vim.api.nvim_get_current_buf()
  local tline, tcol = find(ja, '19:05-19:35 テラフォーム')
  local title = find(ja, '## テラフォームのstateを分割した話')
  res = vim.lsp.buf_request_sync(ja, 'textDocument/definition', { textDocument = { uri = vim.uri_from_bufnr(ja) }, position = { line = tline, character = tcol + 15 } }, 10000)
  local defs = res and res[InfraNotes.client_id] and res[InfraNotes.client_id].result or {}
  local def = defs[1] or defs
  local uri = def.uri or def.targetUri or ''
  local range = def.range or def.targetSelectionRange or { start = {} }
  check('definition from the timetable line lands on the talk', uri:sub(-#'2024/hug-tokyo-18.md') == '2024/hug-tokyo-18.md' and range.start.line == title, vim.inspect(defs))
end)
if not ok then check('no error in the check script', false, tostring(err)) end
finish()
