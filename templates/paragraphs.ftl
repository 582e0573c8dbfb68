<#ftl strip_whitespace=true>
<#--
  The paragraphs of a cover letter, one macro each. Edit the wording freely; `tailor check` compiles
  these files before a run, and a changed file makes every letter be written again.

  The model (built by tailor; every value is plain text, a number, a yes/no or a list or hash of those;
  a value that is unknown is left out, so test it with `??`):
    date             the letter's date, already written out ("14 March 2025")
    level            entry | mid | senior | lead: the lower of the candidate's and the role's
    stage            startup | scale-up | enterprise, or "" when the posting does not say
    posting          company, title, location
    candidate        name, email, phone, location, links (list), seniority, years,
                     collaboration (phrases that follow "I"), nextStep (the conversation to propose)
    tailoring        opening (metric | ecosystem | problem), weak (true when the match is too thin for a
                     full letter), score,
                     lead (the best achievement; absent when there is none),
                     achievements (best first; each has id, employer, role, year, action, result, skills,
                       asked = the skills the posting names, in its spelling, and themes),
                     alignment (three or four {requirement, skill, achievement} to mirror, strongest first;
                       requirement is the posting's spelling; achievement may be absent),
                     evidence (every {requirement, skill, achievement} the match found),
                     requirements (the posting's top requirements the candidate has, in its spelling),
                     missing (skills the candidate lacks: never claim them),
                     signals (company signals {type, value, evidence}), signal (the first of each type)
  Below, the names used most are copied into this namespace: lead, achievements, signal, requirements.

  Posting text arrives here as data and is only ever printed: never hand it to the eval or interpret built-ins
  (tailor refuses a template that uses them).
-->

<#assign companyName = posting.company, title = posting.title, weak = tailoring.weak,
  achievements = tailoring.achievements, signal = tailoring.signal, requirements = tailoring.requirements,
  missing = tailoring.missing, collaboration = candidate.collaboration>
<#if tailoring.lead??><#assign lead = tailoring.lead></#if>

<#-- Words a reference to an achievement's kind of work uses, by its first known theme. -->
<#assign workNames = {
  "performance": "performance work",
  "scalability": "scaling work",
  "reliability": "reliability work",
  "migration": "migration",
  "cost": "cost-cutting work",
  "security": "security work",
  "data": "data work",
  "api": "API work",
  "testing": "test automation work",
  "devops": "delivery pipeline work",
  "mentoring": "mentoring work",
  "collaboration": "cross-team project"
}>

<#-- "A", "A and B", "A, B and C" -->
<#function listing items>
  <#if items?size == 0><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..<(items?size - 1)]?join(", ") + " and " + items?last>
</#function>

<#function article word>
  <#return word?matches("^[AEIOUaeiou].*", "s")?then("an", "a")>
</#function>

<#function work a>
  <#list a.themes as theme>
    <#if workNames[theme]??><#return workNames[theme]></#if>
  </#list>
  <#return "project">
</#function>

<#-- "at Example Systems in 2024" (the year only when known) -->
<#function where a>
  <#return "at " + a.employer + (a.year??)?then(" in " + a.year, "")>
</#function>

<#-- The achievements the achievement paragraph tells in full: the two after the lead. -->
<#function stories>
  <#if achievements?size lt 2><#return []></#if>
  <#return achievements[1..<[achievements?size, 3]?min]>
</#function>

<#function told a>
  <#if lead?? && lead.id == a.id><#return true></#if>
  <#list stories() as story>
    <#if story.id == a.id><#return true></#if>
  </#list>
  <#return false>
</#function>

<#-- How a later paragraph points back at an achievement already told. -->
<#function ref a>
  <#if lead?? && lead.id == a.id><#return "the " + a.employer + " result I opened with"></#if>
  <#return "the " + work(a) + " at " + a.employer>
</#function>

<#function problemSignal>
  <#list ["migration", "legacy", "growth", "greenfield", "compliance", "long-open"] as type>
    <#if signal[type]??><#return signal[type]></#if>
  </#list>
  <#return {}>
</#function>

<#function ecosystemSignal>
  <#list ["product", "open-source", "blog"] as type>
    <#if signal[type]??><#return signal[type]></#if>
  </#list>
  <#return {}>
</#function>

<#function step>
  <#return candidate.nextStep!"a 30-minute technical call">
</#function>

<#-- ===================================================================== opening -->

<#macro leadSentence>
  <#if lead??>At ${lead.employer}<#if lead.year??> in ${lead.year}</#if>, I ${lead.action}, which ${lead.result}.</#if>
</#macro>

<#macro stackSentence>
  <#if lead?? && lead.asked?has_content>
    That result ran on ${listing(lead.asked)}, the same stack ${companyName} asks for in this role.
  <#elseif lead??>
    It is the kind of result I would like to repeat in the ${title} role at ${companyName}.
  </#if>
</#macro>

<#macro opening>
  <#if weak>
    I am applying for the ${title} role at ${companyName}.
    <#if lead??>
      The closest match in my record comes from ${lead.employer}, where I ${lead.action}, which ${lead.result}.
    </#if>
  <#elseif tailoring.opening == "problem" && problemSignal()?has_content && lead??>
    <#local s = problemSignal()>
    <#if s.type == "migration">
      <#if s.value?contains(" to ")>
        ${companyName} is moving from ${s.value}, and a move like that tends to meet its hardest problems under live traffic, long after the plan looked finished.
      <#else>
        ${companyName} is in the middle of a ${s.value} migration, and migrations tend to meet their hardest problems under live traffic, long after the plan looked finished.
      </#if>
    <#elseif s.type == "legacy">
      Keeping ${s.value} running while the business keeps asking for change is often the quiet problem behind a role like this one at ${companyName}.
    <#elseif s.type == "growth">
      Growth like ${companyName}'s (${s.value}) usually finds the slowest query in a system before the team does.
    <#elseif s.type == "greenfield">
      Building ${s.value} from scratch means that ${companyName} will live with its first choices about data and service boundaries for years.
    <#elseif s.type == "compliance">
      Working under ${s.value} means every design at ${companyName} has to satisfy an auditor as well as the traffic.
    <#else>
      A backend role that stays open for a while usually means the problem behind it is harder than a posting can say, and I would like to take it on at ${companyName}.
    </#if>
    I have solved that kind of problem before: at ${lead.employer}<#if lead.year??> in ${lead.year}</#if> I ${lead.action}, which ${lead.result}.
    <#if lead.asked?has_content>
      That work ran on ${listing(lead.asked)}, which your posting asks for as well.
    </#if>
  <#elseif tailoring.opening == "ecosystem" && lead??>
    <#local s = ecosystemSignal()>
    <#if s.type?? && s.type == "product">
      ${companyName}'s ${s.value} is the kind of system I have built before.
    <#elseif s.type?? && s.type == "open-source">
      ${companyName}'s open-source work (${s.value}) shows how your team builds in public, and it is close to what I have shipped myself.
    <#elseif s.type?? && s.type == "blog">
      ${companyName}'s engineering blog (${s.value}) describes problems I have already met in production.
    <#elseif lead.asked?has_content>
      ${companyName} names ${listing(lead.asked)} as the core of its stack for this role, and I have shipped results with exactly that stack.
    <#else>
      ${companyName}'s ${title} role describes work I have done before.
    </#if>
    <@leadSentence/>
    <#if s.type?? && lead.asked?has_content>
      That work ran on ${listing(lead.asked)}, the tools your posting names.
    </#if>
  <#elseif lead??>
    <@leadSentence/>
    <@stackSentence/>
  <#else>
    I am applying for the ${title} role at ${companyName}.
    <#if requirements?has_content>
      Your posting asks for ${listing(requirements)}, which ${(requirements?size > 1)?then("are", "is")} part of my everyday work.
    </#if>
  </#if>
</#macro>

<#-- ================================================================= achievement -->

<#macro achievement>
  <#if weak || !stories()?has_content><#return></#if>
  <#if level == "entry">
    Most of what I know about backend work I learned by building projects end to end and measuring the outcome.
  <#elseif level == "mid">
    Owning a service until its numbers move is the part of backend work I know best.
  <#elseif level == "senior">
    The decisions I value most in my recent work are architectural ones, where choosing the right trade-off mattered more than the code itself.
  <#else>
    My recent work has been leading teams through architecture decisions and the trade-offs behind them.
  </#if>
  <#list stories() as a>
    <#if a?is_first>
      In<#if a.year??> ${a.year} at<#else> my time at</#if> ${a.employer} I ${a.action}; that ${a.result}.
    <#else>
      Earlier, at ${a.employer}, I ${a.action}, and the change ${a.result}.
    </#if>
  </#list>
  <#if level == "entry">
    Projects like these are how I learned to check a change against real numbers before calling it done.
  <#elseif level == "senior" || level == "lead">
    Work like that is mostly a series of trade-offs about what to leave unchanged so the rest of the system keeps running.
  </#if>
</#macro>

<#-- =================================================================== alignment -->

<#macro alignment>
  <#if weak>
    <#if requirements?has_content>
      <#local few = requirements[0..<[requirements?size, 3]?min]>
      Of the skills your posting lists, I have worked with ${listing(few)}<#if requirements?size gt few?size>, among others</#if>.
    </#if>
    <#if missing?has_content>
      Some of your other requirements would be new ground for me, and I would rather say so plainly here.
    </#if>
    <#return>
  </#if>
  <#list tailoring.alignment as item>
    <#local i = item?index>
    <#-- Without any achievement the opening already named these skills: nothing to add. -->
    <#if !lead??><#break></#if>
    <#if !item.achievement??>
      I also work with ${item.requirement}, though not yet on a project with a result I can quote.
    <#elseif told(item.achievement)>
      <#if i == 0>
        ${item.requirement} heads your list of requirements, and it was central to ${ref(item.achievement)}.
      <#elseif i == 1>
        You also ask for ${item.requirement}, which I used throughout ${ref(item.achievement)}.
      <#elseif i == 2>
        Your ${item.requirement} requirement is covered by ${ref(item.achievement)} too.
      <#else>
        And ${item.requirement} was part of ${ref(item.achievement)} as well.
      </#if>
    <#else>
      <#local a = item.achievement>
      <#if i == 0>
        ${item.requirement} heads your list, and ${where(a)} I ${a.action}, which ${a.result}.
      <#elseif i lt 3>
        For ${item.requirement}, ${where(a)} I ${a.action}, which ${a.result}.
      <#else>
        Finally, on ${item.requirement}: ${where(a)} I ${a.action}, which ${a.result}.
      </#if>
    </#if>
  </#list>
</#macro>

<#-- ===================================================================== company -->

<#macro company>
  <#if weak><#return></#if>
  <#local funding = (signal.funding.value)!"">
  <#local domain = (signal.domain.value)!"">
  <#if stage?has_content>
    <#if stage == "enterprise">
      ${companyName} is an established <#if domain?has_content>${domain} </#if>enterprise,
    <#else>
      <#local kind = (funding?has_content)?then(funding + " " + stage, stage)>
      ${companyName} is ${article(kind)} ${kind}<#if domain?has_content> in ${domain}</#if>,
    </#if>
    <#if stage == "startup">
      and at that stage one engineer moves between the API, the database and the deployment pipeline; that range, and shipping small changes often, is what I am looking for.
    <#elseif stage == "scale-up">
      which means shipping features while the systems underneath are rebuilt for more load, a balance I want to keep working on.
    <#else>
      and at that scale change goes through reviews, staged rollouts and audit trails; I prefer working that way, because a careful release process is what lets a large system keep moving.
    </#if>
  <#elseif domain?has_content>
    ${companyName}'s work in ${domain} is a big part of why this role caught my attention.
  </#if>
  <#local used = (tailoring.opening == "problem")?then((problemSignal().type)!"", "")>
  <#if signal.compliance?? && used != "compliance">
    Because your systems fall under ${signal.compliance.value}, designs have to satisfy auditors as well as traffic peaks, and I plan changes with that in mind.
  <#elseif signal.migration?? && used != "migration">
    The ${signal.migration.value} migration your posting mentions is work I would be glad to take on.
  <#elseif signal.growth?? && used != "growth">
    The growth your posting describes (${signal.growth.value}) is where that kind of work pays off.
  <#elseif signal.product?? && lead?? && tailoring.opening != "ecosystem">
    Your ${signal.product.value} is the kind of product where those results matter to users.
  </#if>
  <#if collaboration?has_content>
    Outside my own code, I ${collaboration[0]}, and I would bring the same habit to your team.
  <#else>
    I also care about the team around the code: careful code review and shared design work are how I like to build.
  </#if>
</#macro>

<#-- ===================================================================== closing -->

<#-- What the closing offers to help with, from the strongest signal. -->
<#function need>
  <#if signal.migration??>
    <#return signal.migration.value?contains(" to ")?then("your move from " + signal.migration.value, "your " + signal.migration.value + " migration")>
  </#if>
  <#if signal.growth??><#return "the growth ahead of " + companyName></#if>
  <#if signal.compliance??><#return "your " + signal.compliance.value + " work"></#if>
  <#if signal.product??><#return "your " + signal.product.value></#if>
  <#if requirements?has_content><#return "your " + requirements[0] + " services"></#if>
  <#return "your backend">
</#function>

<#macro closing>
  <#if weak>
    <#if lead??>
      If that mix still interests you, I would welcome ${step()} to talk through the ${work(lead)} at ${lead.employer}.
    <#else>
      If that mix still interests you, I would welcome ${step()} to talk it through.
    </#if>
    <#return>
  </#if>
  <#if lead??>
    Could we set up ${step()}? I would bring the design choices behind the ${work(lead)} at ${lead.employer} and sketch how the same approach could serve ${need()}.
  <#else>
    Could we set up ${step()} to discuss how my experience fits ${need()}?
  </#if>
</#macro>
