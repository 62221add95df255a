<#ftl output_format="HTML" strip_whitespace=true>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
  body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif;
         max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.8; color: #222; }
  h1 { text-align: center; font-size: 1.6em; }
  h2 { font-size: 1.2em; margin-top: 1.6em; }
  p { text-indent: 2em; text-align: justify; margin: .5em 0; }
  p.addressee { text-indent: 0; }
  figure { margin: 1em 0; text-align: center; }
  figure svg { max-width: 100%; height: auto; }
  figcaption { font-size: .9em; color: #555; }
  table { border-collapse: collapse; width: 100%; font-size: .85em; line-height: 1.5; }
  th, td { border: 1px solid #555; padding: .3em .4em; vertical-align: middle; }
  th { background: #eee; }
  td.n { text-align: center; white-space: nowrap; }
  .stamps p { text-indent: 0; margin-top: 2em; }
  .signed { margin: 2em 4em 0 0; text-align: right; }
  .signed p { text-indent: 0; text-align: right; margin: 0; }
  p.note { text-indent: 0; font-size: .8em; color: #555; }
  /* printed as a 公文 (GB/T 9704): A4, its margins, 仿宋 三号 body, 小标宋 title; the indicator tables on landscape
     pages of their own */
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  @page tables { size: A4 landscape; margin: 20mm; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 16pt; line-height: 28pt;
           font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "WenQuanYi Zen Hei", "Noto Serif CJK SC", serif; }
    h1 { font-size: 22pt; font-weight: normal; line-height: 1.4;
         font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
    h2 { font-size: 16pt; font-weight: normal; font-family: "SimHei", "黑体", "WenQuanYi Zen Hei", sans-serif;
         text-indent: 2em; page-break-after: avoid; }
    .tables { page: tables; page-break-before: always; font-size: 9pt; line-height: 1.5; }
    .tables h2 { text-indent: 0; }
    tr { page-break-inside: avoid; }
    thead { display: table-header-group; }
  }
</style>
</head>
<body>
<h1>${title}</h1>
<#if addressee?has_content><p class="addressee">${addressee}</p></#if>
<p>${opening}</p>
<#list sections as section>
<h2>${section.heading}</h2>
<#list section.blocks as block>
<#if block.kind == "p"><p>${block.text}</p>
<#else><figure>${block.svg?no_esc}<figcaption>${block.caption}</figcaption></figure>
</#if>
</#list>
</#list>
<#if author?has_content><div class="signed"><p>${author}</p><p>${signed}</p></div></#if>
<div class="tables">
<#list tables as table>
<h2 style="text-align:center">${table.title}</h2>
<p class="addressee">填报单位：${table.region}</p>
<table>
<thead><tr><#list table.columns as column><th>${column}</th></#list></tr></thead>
<tbody>
<#list table.rows as row>
<tr><#list row.cells as cell><#if cell.span gt 0><td class="n" rowspan="${cell.span}">${cell.text}</td><#elseif cell.span == 0><#if cell.index == table.criteriaColumn || cell.index == table.reasonColumn><td>${cell.text}</td><#else><td class="n">${cell.text}</td></#if></#if></#list></tr>
</#list>
</tbody>
</table>
<p class="note">${table.footnote}</p>
</#list>
<div class="stamps"><#list stamps as stamp><p>${stamp}</p></#list></div>
</div>
</body>
</html>
