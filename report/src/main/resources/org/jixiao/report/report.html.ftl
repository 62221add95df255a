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
  @media print { body { max-width: none; } h2 { page-break-after: avoid; } table { page-break-before: always; } }
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
</#list>
<div class="stamps"><#list stamps as stamp><p>${stamp}</p></#list></div>
</body>
</html>
