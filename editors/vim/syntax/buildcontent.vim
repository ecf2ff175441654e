" Alibaba Cloud ECS Image Builder templates (BuildContent): the same constructs the VS Code grammar marks.
" A command is a region from its keyword to the end of the line, continued past a trailing backslash, so a
" word at the start of a continuation line is never taken for a keyword.
if exists('b:current_syntax')
  finish
endif

syntax case ignore
syntax region buildcontentCommand matchgroup=buildcontentKeyword
      \ start=/\v^\s*\zs(from|component|run|env|workdir|copy|user|label|cmd|entrypoint|restart)\ze(\s|$)/
      \ skip=/\\\s*$/ end=/$/ contains=@buildcontentArguments
" Dockerfile instructions the service refuses (InvalidImageTemplateCommand.NotSupported).
syntax region buildcontentCommand matchgroup=buildcontentUnsupported
      \ start=/\v^\s*\zs(add|arg|expose|volume|onbuild|stopsignal|healthcheck|shell|maintainer)\ze(\s|$)/
      \ skip=/\\\s*$/ end=/$/ contains=@buildcontentArguments
syntax case match

syntax match buildcontentComment /^\s*#.*$/ contains=buildcontentTodo,@Spell
syntax keyword buildcontentTodo contained TODO FIXME XXX NOTE
" Parser directives (# escape=`) are comments only after the first line that is not one.
syntax match buildcontentDirective /\%^\(\s*#\s*\a\+\s*=.*\n\)\+/ contains=buildcontentDirectiveName
syntax match buildcontentDirectiveName contained /#\s*\zs\a\+\ze\s*=/

syntax cluster buildcontentArguments contains=buildcontentString,buildcontentVariable,buildcontentContinuation,buildcontentFlag,buildcontentImageSource,buildcontentUrl,buildcontentExecForm,buildcontentComment
syntax region buildcontentString contained start=/"/ skip=/\\\\\|\\"/ end=/"/ contains=buildcontentVariable,buildcontentContinuation
syntax region buildcontentString contained start=/'/ end=/'/ contains=buildcontentContinuation
syntax match buildcontentVariable contained /\$\h\w*\|\${[^}]*}/
syntax match buildcontentContinuation contained /\\\s*$/
syntax match buildcontentFlag contained /\s\zs--\a[[:alnum:]_-]*\(=\)\@=/
syntax match buildcontentFlag contained /\s\zs--\a[[:alnum:]_-]*\ze\s/
syntax match buildcontentImageSource contained /\<IMAGE\(_FAMILY\)\?:/
syntax match buildcontentUrl contained /\<https\?:\/\/[^[:space:]"'\\]\+/
syntax region buildcontentExecForm contained matchgroup=Delimiter start=/\%(^\s*\a\+\s\+\)\@<=\[/ end=/\]/ contains=buildcontentString,buildcontentContinuation

highlight default link buildcontentKeyword Keyword
highlight default link buildcontentUnsupported Error
highlight default link buildcontentComment Comment
highlight default link buildcontentTodo Todo
highlight default link buildcontentDirective PreProc
highlight default link buildcontentDirectiveName PreProc
highlight default link buildcontentString String
highlight default link buildcontentVariable Identifier
highlight default link buildcontentContinuation Special
highlight default link buildcontentFlag Special
highlight default link buildcontentImageSource Type
highlight default link buildcontentUrl Underlined

let b:current_syntax = 'buildcontent'
