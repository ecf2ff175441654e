" Alibaba Cloud ECS Image Builder templates: comments, and completion from the language server in Neovim.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

" # starts a comment only as the first non-blank character of a line.
setlocal commentstring=#\ %s
setlocal comments=:#
setlocal formatoptions-=t formatoptions+=croql
let b:undo_ftplugin = 'setlocal commentstring< comments< formatoptions<'

" Neovim's LSP client completes through omnifunc (CTRL-X CTRL-O). 0.8 and later announce an attached server
" with LspAttach; 0.7 has no such event, but its vim.lsp.omnifunc offers nothing until a server is attached,
" so there it is set right away.
if has('nvim')
  if exists('##LspAttach')
    augroup buildcontent_omnifunc
      autocmd! * <buffer>
      autocmd LspAttach <buffer> setlocal omnifunc=v:lua.vim.lsp.omnifunc
    augroup END
    let b:undo_ftplugin .= ' | setlocal omnifunc< | execute "autocmd! buildcontent_omnifunc * <buffer>"'
  else
    setlocal omnifunc=v:lua.vim.lsp.omnifunc
    let b:undo_ftplugin .= ' | setlocal omnifunc<'
  endif
endif
