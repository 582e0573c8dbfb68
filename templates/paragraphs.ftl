<#ftl strip_whitespace=true>
<#--
  The paragraphs of a cover letter, one macro each. Edit the wording freely; `tailor check` compiles
  these files before a run, and a changed file makes every letter be written again.

  The model (built by tailor; every value is plain text, a number, a yes/no or a list or hash of those;
  a value that is unknown is left out, so test it with `??`):
    date             the letter's date, already written out ("14 March 2025")
    detail           short | standard | long: tailor renders each and keeps the one that fits the rubric best
                     (300 to 400 words), so use it to drop or add optional sentences
    variant          0, 1 or 2, fixed per posting: pick a wording with it, so letters to one company differ
    level            entry | mid | senior | lead: the lower of the candidate's and the role's
    stage            startup | scale-up | enterprise, or "" when the posting does not say
    posting          company, title, location
    candidate        name, email, phone, location, links (list), seniority, years,
                     collaboration (phrases that follow "I"), nextStep (the conversation to propose)
    tailoring        opening (metric | ecosystem | problem), weak (true when the match is too thin for a
                     full letter), score,
                     lead (the best achievement; absent when there is none),
                     achievements (best first; each has id, employer, role, year, action, result, outcome
                       ("which cut ..." or "and all four ...": the result joined so the sentence stays
                       grammatical), skills,
                       asked = the skills the posting names, in its spelling, and themes),
                     alignment (three or four {requirement, skill, achievement} to mirror, strongest first;
                       requirement is the posting's spelling; achievement may be absent),
                     evidence (every {requirement, skill, achievement} the match found),
                     requirements (the posting's top requirements the candidate has, in its spelling),
                     missing (skills the candidate lacks: never claim them),
                     unclaimed (every posting skill the candidate lacks, lower-case, both spellings),
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

<#-- One of several wordings, fixed per posting. -->
<#function pick options>
  <#return options[variant % options?size]>
</#function>

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

<#-- The action and its result as one clause: "I rebuilt ..., which cut ..." -->
<#function did a>
  <#return "I " + a.action + (a.outcome??)?then(", " + a.outcome!"", "")>
</#function>

<#-- The achievements the achievement paragraph tells in full: one or two after the lead. -->
<#function stories>
  <#if achievements?size lt 2><#return []></#if>
  <#local count = (detail == "short")?then(1, (detail == "long")?then(3, 2))>
  <#return achievements[1..<[achievements?size, count + 1]?min]>
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

<#-- A migration signal as a noun phrase: "the move from monolith to microservices", "the migration under way". -->
<#function migrationPhrase value>
  <#if !safe(value) || value == "migration under way"><#return "the migration your posting describes"></#if>
  <#if value?contains(" to ")><#return "the move from " + value></#if>
  <#if value?contains("migration")><#return "the " + value></#if>
  <#return "the " + value + " migration">
</#function>

<#-- False when the phrase names a technology the candidate does not have: printing it would read as a claim. -->
<#function safe phrase>
  <#local words = " " + phrase?lower_case?replace("[^a-z0-9+#.]+", " ", "r") + " ">
  <#list tailoring.unclaimed as skill>
    <#if words?contains(" " + skill + " ")><#return false></#if>
  </#list>
  <#return true>
</#function>

<#-- Which achievement themes show that a problem was solved before (the same pairs tailor matches on). -->
<#assign solvedBy = {
  "migration": ["migration"],
  "legacy": ["migration", "reliability", "testing"],
  "growth": ["scalability", "performance", "reliability"],
  "greenfield": ["api", "devops", "data"],
  "compliance": ["security"],
  "long-open": ["mentoring", "collaboration"]
}>

<#-- The problem the opening names: the first one the lead achievement has solved, else the first one shown. -->
<#function problemSignal>
  <#local types = ["migration", "legacy", "growth", "greenfield", "compliance", "long-open"]>
  <#if lead??>
    <#list types as type>
      <#if signal[type]?? && safe(signal[type].value)>
        <#list lead.themes as theme>
          <#if solvedBy[type]?seq_contains(theme)><#return signal[type]></#if>
        </#list>
      </#if>
    </#list>
  </#if>
  <#list types as type>
    <#if signal[type]?? && safe(signal[type].value)><#return signal[type]></#if>
  </#list>
  <#return {}>
</#function>

<#function ecosystemSignal>
  <#list ["product", "open-source", "blog"] as type>
    <#if signal[type]?? && safe(signal[type].value)><#return signal[type]></#if>
  </#list>
  <#return {}>
</#function>

<#-- The domain, only when the posting names exactly one: two guesses mean neither is sure. -->
<#function domainName>
  <#local domains = tailoring.signals?filter(s -> s.type == "domain")>
  <#return (domains?size == 1)?then(domains[0].value, "")>
</#function>

<#-- "a Series A startup", "a seed-stage startup", "an enterprise" -->
<#function stageKind>
  <#local funding = (signal.funding.value)!"">
  <#if stage == "enterprise"><#return "an established enterprise"></#if>
  <#if funding?matches("Series [A-Z]")><#return "a " + funding + " " + stage></#if>
  <#if funding == "seed"><#return "a seed-stage " + stage></#if>
  <#if funding == "venture-backed"><#return "a venture-backed " + stage></#if>
  <#return article(stage) + " " + stage>
</#function>

<#function step>
  <#return candidate.nextStep!"a 30-minute technical call">
</#function>

<#-- ===================================================================== opening -->

<#macro leadSentence>
  <#if lead??>
    <#if variant == 1>
      In ${(lead.year??)?then(lead.year + " at ", "my time at ")}${lead.employer}, ${did(lead)}.
    <#else>
      At ${lead.employer}<#if lead.year??> in ${lead.year}</#if>, ${did(lead)}.
    </#if>
  </#if>
</#macro>

<#macro stackSentence>
  <#if lead?? && lead.asked?has_content>
    ${pick([
      "That result ran on " + listing(lead.asked) + ", the same stack " + companyName + " asks for in this role.",
      "The work ran on " + listing(lead.asked) + ", which is what " + companyName + " asks for in the " + title + " role.",
      companyName + " asks for " + listing(lead.asked) + ", and that is the stack behind this result."
    ])}
  <#elseif lead??>
    It is the kind of result I would like to repeat in the ${title} role at ${companyName}.
  </#if>
</#macro>

<#macro opening>
  <#if weak>
    ${pick(["I am applying for the " + title + " role at " + companyName + ".",
      "I would like to be considered for the " + title + " role at " + companyName + ".",
      "Your posting for the " + title + " role at " + companyName + " caught my eye, though my record only partly fits it."])}
    <#if lead??>
      The closest match in my record comes from ${lead.employer}, where ${did(lead)}.
    </#if>
  <#elseif tailoring.opening == "problem" && problemSignal()?has_content && lead??>
    <#local s = problemSignal()>
    <#if s.type == "migration">
      ${companyName} is working on ${migrationPhrase(s.value)}, and a move like that tends to meet its hardest problems under live traffic, long after the plan looked finished.
    <#elseif s.type == "legacy">
      Keeping ${s.value} under control while the business keeps asking for change is often the quiet problem behind a role like this one at ${companyName}.
    <#elseif s.type == "growth">
      <#if s.value?matches(".*\\d.*")>
        Growth like ${companyName}'s (${s.value}) usually finds the slowest part of a system before the team does.
      <#else>
        Growth like ${companyName}'s usually finds the slowest part of a system before the team does.
      </#if>
    <#elseif s.type == "greenfield">
      Building something new from scratch means that ${companyName} will live with its first choices about data and service boundaries for years.
    <#elseif s.type == "compliance">
      Working under ${s.value} means every design at ${companyName} has to satisfy an auditor as well as the traffic.
    <#else>
      A backend role that stays open for a while usually means the problem behind it is harder than a posting can say, and I would like to take it on at ${companyName}.
    </#if>
    I have solved that kind of problem before: ${where(lead)} ${did(lead)}.
    <#if lead.asked?has_content>
      That work ran on ${listing(lead.asked)}, which your posting asks for as well.
    </#if>
  <#elseif tailoring.opening == "ecosystem" && lead??>
    <#local s = ecosystemSignal()>
    <#if s.type?? && s.type == "product" && lead.asked?has_content>
      ${companyName}'s ${s.value} depends on ${listing(lead.asked)}, and that is the stack behind the result I am proudest of.
    <#elseif s.type?? && s.type == "open-source">
      ${companyName} builds part of its work in the open, and a team that publishes its code tends to care about the same things I do: clear interfaces and results that can be measured.
    <#elseif s.type?? && s.type == "blog">
      ${companyName} gives its engineers time to write about their work on an engineering blog, which tells me the team values measured results and explained trade-offs as much as I do.
    <#elseif lead.asked?has_content>
      ${companyName} names ${listing(lead.asked)} as the core of the stack for this role, and I have shipped results with exactly that stack.
    <#else>
      The ${title} role at ${companyName} describes work I have done before.
    </#if>
    <@leadSentence/>
    <#if s.type?? && s.type != "product" && lead.asked?has_content>
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
    ${pick(["Most of what I know about backend work I learned by building projects end to end and measuring the outcome.",
      "My projects and internship taught me, early on, to judge my work by the numbers it moves, not by the code I wrote."])}
  <#elseif level == "mid">
    ${pick(["Owning a service until its numbers move is the part of backend work I know best.",
      "I do my best work when I own a service from design to production and can watch its numbers change."])}
  <#elseif level == "senior">
    ${pick(["The decisions I value most in my recent work are architectural ones, where choosing the right trade-off mattered more than the code itself.",
      "In my recent roles the hard part was rarely the code; it was choosing which trade-off to make and explaining it to the teams around me.",
      "Most of my recent work has been architectural: deciding where a boundary goes and what a system may stop doing."])}
  <#else>
    ${pick(["My recent work has been leading teams through architecture decisions and the trade-offs behind them.",
      "For the last few years I have led the architecture decisions on my teams and explained the trade-offs behind them."])}
  </#if>
  <#list stories() as a>
    <#if a?is_first>
      In<#if a.year??> ${a.year} at<#else> my time at</#if> ${a.employer}, ${did(a)}.
    <#else>
      <#local previous = stories()[a?index - 1]>
      <#if previous.employer == a.employer>
        At the same company, ${did(a)}.
      <#elseif a.year?? && previous.year?? && a.year gt previous.year>
        Later, at ${a.employer}, ${did(a)}.
      <#else>
        Before that, at ${a.employer}, ${did(a)}.
      </#if>
    </#if>
  </#list>
  <#if detail == "long">
    <#if level == "entry">
      Projects like these are how I learned to check a change against real numbers before calling it done.
    <#elseif level == "senior" || level == "lead">
      Work like that is mostly a series of trade-offs about what to leave unchanged so the rest of the system keeps running.
    <#else>
      In both cases I measured the system before changing it, so the result was never a guess.
    </#if>
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
      <#if requirements?has_content>
        Several of your other requirements would be new ground for me, and I would rather say so plainly than stretch my record to fit.
      <#else>
        Most of what your posting asks for would be new ground for me, and I would rather say so plainly than stretch my record to fit.
      </#if>
    </#if>
    <#return>
  </#if>
  <#local items = tailoring.alignment>
  <#if detail == "short" && items?size gt 3><#local items = items[0..<3]></#if>
  <#list items as item>
    <#local i = item?index>
    <#-- Without any achievement the opening already named these skills: nothing to add. -->
    <#if !lead??><#break></#if>
    <#if !item.achievement??>
      I also work with ${item.requirement}, though not yet on a project with a result I can quote.
    <#elseif told(item.achievement)>
      <#if i == 0>
        ${pick([item.requirement + " heads your list of requirements, and it was central to " + ref(item.achievement) + ".",
          "Your first requirement is " + item.requirement + ", which carried " + ref(item.achievement) + ".",
          "On " + item.requirement + ", the first thing your posting asks for, " + ref(item.achievement) + " is my evidence."])}
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
        ${item.requirement} heads your list, and ${where(a)} ${did(a)}.
      <#elseif i lt 3>
        For ${item.requirement}: ${where(a)} ${did(a)}.
      <#else>
        Finally, on ${item.requirement}: ${where(a)} ${did(a)}.
      </#if>
    </#if>
  </#list>
</#macro>

<#-- ===================================================================== company -->

<#macro company>
  <#local domain = domainName()>
  <#if weak>
    <#-- Still one fact about them, so the letter is clearly for this company; but no pitch it cannot back. -->
    <#if stage?has_content>
      I know ${companyName} is ${stageKind()}<#if domain?has_content> in ${domain}</#if>, and I would rather show you where my record fits than stretch it.
    <#elseif domain?has_content>
      ${companyName}'s work in ${domain} is what drew me to the posting.
    <#elseif signal.remote??>
      ${article(signal.remote.value)?cap_first} ${signal.remote.value} team suits how I work.
    </#if>
    <#if collaboration?has_content>
      What I would bring from day one is how I work with others: I ${collaboration[0]}.
    </#if>
    <#return>
  </#if>
  <#if stage?has_content>
    ${companyName} is ${stageKind()}<#if domain?has_content> in ${domain}</#if>,
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
    ${migrationPhrase(signal.migration.value)?cap_first} that your posting mentions is work I would be glad to take on.
  <#elseif signal.growth?? && used != "growth">
    <#if signal.growth.value?matches(".*\\d.*")>
      The growth your posting describes (${signal.growth.value}) is where that kind of work pays off.
    <#else>
      The growth your posting describes is where that kind of work pays off.
    </#if>
  <#elseif signal.greenfield?? && used != "greenfield">
    Starting something new from scratch is the part of the role I find most interesting, because the first decisions are the ones a team lives with longest.
  <#elseif !stage?has_content && !domain?has_content && signal.remote??>
    ${article(signal.remote.value)?cap_first} ${signal.remote.value} team suits how I work: decisions written down, reviewed and easy to find later.
  </#if>
  <#if collaboration?has_content>
    <#local c = collaboration[variant % collaboration?size]>
    ${pick(["Outside my own code, I " + c + ", and I would bring the same habit to your team.",
      "Beyond my own services, I " + c + "; I would bring that habit with me.",
      "The team around the code matters to me too: I " + c + "."])}
  <#else>
    I also care about the team around the code: careful code review and shared design work are how I like to build.
  </#if>
  <#if detail == "long" && collaboration?size gt 1>
    <#local other = collaboration[(variant + 1) % collaboration?size]>
    I also ${other}, which taught me as much about the systems as about the people.
  </#if>
</#macro>

<#-- ===================================================================== closing -->

<#-- What the closing offers to help with, from the strongest signal. -->
<#function need>
  <#local opened = (tailoring.opening == "problem")?then((problemSignal().type)!"", "")>
  <#if signal.migration?? && opened == "migration"><#return "your migration"></#if>
  <#if signal.migration??><#return migrationPhrase(signal.migration.value)></#if>
  <#if signal.growth??><#return "the growth ahead of " + companyName></#if>
  <#if signal.compliance??><#return "your " + signal.compliance.value + " work"></#if>
  <#if requirements?has_content><#return "your " + requirements[0] + " services"></#if>
  <#return "your backend">
</#function>

<#-- The achievement the closing offers to walk through: the lead, or for variety the first story. -->
<#function closingAchievement>
  <#if variant == 2 && stories()?has_content><#return stories()[0]></#if>
  <#return lead>
</#function>

<#macro closing>
  <#if weak>
    <#if lead??>
      If that mix still interests you, I would welcome ${step()} to talk through my ${work(lead)} at ${lead.employer}.
    <#else>
      If that mix still interests you, I would welcome ${step()} to talk it through.
    </#if>
    <#return>
  </#if>
  <#if lead??>
    <#local a = closingAchievement()>
    <#if variant == 1>
      I would welcome ${step()}, where I could explain the design choices behind my ${work(a)} at ${a.employer} and how the same approach could serve ${need()}.
    <#else>
      Could we set up ${step()}? I would bring the design choices behind my ${work(a)} at ${a.employer} and sketch how the same approach could serve ${need()}.
    </#if>
  <#else>
    Could we set up ${step()} to discuss how my experience fits ${need()}?
  </#if>
</#macro>
