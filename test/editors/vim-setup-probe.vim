" Sourced by test/editors/vim-setup.test.ts (`vim web.buildcontent -c 'source ...'`) after Vim has opened the
" template with the runtime folder installed as docs/editors.md says: records the filetype, options and the
" syntax groups of every line into $RESULT_OUT, then quits.
let s:lines = []
for s:lnum in range(1, line('$'))
  let s:runs = []
  let s:previous = v:null
  for s:col in range(1, len(getline(s:lnum)))
    let s:id = synID(s:lnum, s:col, 1)
    if synIDattr(s:id, 'name') isnot# s:previous
      let s:previous = synIDattr(s:id, 'name')
      call add(s:runs, {'col': s:col - 1, 'group': s:previous, 'linked': synIDattr(synIDtrans(s:id), 'name')})
    endif
  endfor
  call add(s:lines, s:runs)
endfor
call writefile([json_encode({'filetype': &filetype, 'syntax': get(b:, 'current_syntax', ''),
      \ 'commentstring': &commentstring, 'omnifunc': &omnifunc, 'fileformat': &fileformat, 'highlight': s:lines})], $RESULT_OUT)
qa!
