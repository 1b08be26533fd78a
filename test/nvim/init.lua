-- Minimal Neovim configuration for the Infra Notes language server (used by test/nvim/run.sh).
-- Neovim 0.7 has no vim.lsp.start: start_client + buf_attach_client do the same.
vim.o.swapfile = false
vim.o.shadafile = 'NONE'

local server = os.getenv('INFRANOTES_SERVER') or 'infranotes-lsp'
-- A path to dist/server.js runs as a program: its shebang starts Node with the project's flags.
local cmd = { server, '--stdio' }

InfraNotes = { client_id = nil, index = nil }

function InfraNotes.start(root)
  if InfraNotes.client_id then return InfraNotes.client_id end
  InfraNotes.client_id = vim.lsp.start_client({
    name = 'infranotes',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'notes' } },
    settings = { infranotes = { hover = { detail = 'full' } } },
    handlers = {
      -- The server's own notification: remember the latest index state.
      ['infranotes/indexChanged'] = function(_, result)
        InfraNotes.index = result
      end,
    },
  })
  return InfraNotes.client_id
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local root = os.getenv('INFRANOTES_WS') or vim.fn.getcwd()
    vim.lsp.buf_attach_client(args.buf, InfraNotes.start(root))
  end,
})
