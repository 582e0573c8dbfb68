<#ftl strip_whitespace=true>
<#--
  The Markdown letter. Each paragraph is rendered by its macro in paragraphs.ftl, tidied to one line,
  and kept in the global `paragraphs` (tailor reads it for the HTML and Word versions, so keep that
  line). Empty paragraphs are left out.
-->
<#import "paragraphs.ftl" as p>
<#function tidy text>
  <#return text?trim?replace("\\s+", " ", "r")?replace(" ([,.;:?!])", "$1", "r")>
</#function>
<#assign opening><@p.opening/></#assign>
<#assign achievement><@p.achievement/></#assign>
<#assign alignment><@p.alignment/></#assign>
<#assign companyParagraph><@p.company/></#assign>
<#assign closing><@p.closing/></#assign>
<#global paragraphs = [opening, achievement, alignment, companyParagraph, closing]?map(tidy)?filter(text -> text?has_content)>
<#assign contact = [candidate.email!"", candidate.phone!"", candidate.location!""]?filter(text -> text?has_content) + candidate.links>
<#assign company = posting.company, title = posting.title>
# ${candidate.name}

${contact?join(" · ")}

${date}

${company}

Re: ${title}

Dear ${company} hiring team,
<#list paragraphs as paragraph>

${paragraph}
</#list>

Kind regards,

${candidate.name}
