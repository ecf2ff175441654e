" Alibaba Cloud ECS Image Builder templates (the BuildContent of CreateImagePipeline).
" Vim and Neovim source ftdetect files before their generic `conf` guess for files whose first line is a
" comment, so `setfiletype` wins over it, and does not fire FileType again where filetype.lua already set it.
autocmd BufNewFile,BufRead *.buildcontent,*.imagebuilder setfiletype buildcontent
