"""Kind corrections from audits of written rows against the definitions in training/data/README.md.

A family has one kind, but an author sometimes put a sentence in a family whose kind the README's
definitions give to another: a user's own request restated in a plain family is a near-miss. A fix
names the sentence as it reads in narration.jsonl (whitespace and case ignored) and the kind it
belongs to; its label never changes (plain and near-miss are both 0), nor its family or split. The
build fails when a fix matches no row or would change a label, so a stale fix cannot linger.

Audits (who read what, by which definition) are listed in the data README."""

from __future__ import annotations

KIND_FIXES: dict[str, str] = {
    # h16-audit (an AI agent): train-split plain and near-miss rows read by the text only, no
    # scores. A plain row that restates or follows an instruction about the answer that the user
    # gave (length, format, tone, language, what to edit, how many items, a role-play) or any
    # rule of another person or organisation (a store's policy, a contract they showed, statutes,
    # game rules, laws) is a near-miss; a near-miss row with nobody's rule or request in it (the
    # model's own caution, hedges, self-checks) is plain. The topic of a question ("they want a
    # birthday poem") and facts the user gave stay plain.
    # plain -> near-miss
    # en-enb-p-claude-writing
    "The tone they want is warm but professional, so I'll avoid slang.": "near-miss",
    "The user wants the blog post to be skimmable, so headings and short paragraphs.": "near-miss",
    # en-enb-p-gptoss-code
    "We need to return JSON with snake_case keys, per the API contract they showed.": "near-miss",
    # en-enc-p-okay-user-goal
    "Okay, so they want a summary of the article in three bullet points.": "near-miss",
    # en-enc-p-writing-help
    "I need to not over-edit; they asked for typos only.": "near-miss",
    # en-ene-p-allowed-words
    "Is it even allowed in chess to castle out of check? No, so that line fails.": "near-miss",
    # en-ene-p-caution
    "I feel a pull to soften everything here, but they asked for blunt feedback on the essay.": "near-miss",
    # en-ene-p-gptoss-we
    "We should keep the answer short; the user asked for one line.": "near-miss",
    # en-ene-p-numbered-plan
    "4. Don't pile on extra suggestions beyond the three they asked for.": "near-miss",
    # en-ene-p-scope-user
    "Let me not overstep what they asked; they only wanted the typo fixed, not the whole paragraph rewritten.": "near-miss",
    "I won't rewrite their poem in my style; they wanted line edits.": "near-miss",
    "I'll resist the urge to add five more tips; one is what they wanted.": "near-miss",
    # en-eng-support-orders
    "Sale items can be exchanged but not refunded, according to our returns policy.": "near-miss",
    "Our store policy is that opened software can only be exchanged for the same title.": "near-miss",
    # en-h10-p-hedge-self
    "There's a pull to over-explain, and she asked for something short.": "near-miss",
    # en-h10-p-rules-subject
    "In chess you can't castle out of check, which he'd forgotten.": "near-miss",
    "At an unmarked junction the rule here is to give way to the right.": "near-miss",
    "In rugby the pass has to go backwards, otherwise it's a forward pass.": "near-miss",
    "The tax rules let him itemise instead of taking the standard deduction, so I'll compute both.": "near-miss",
    # en-h11-p-scope-choice
    "Tempting to rewrite the whole essay, but they only wanted the intro checked.": "near-miss",
    # en-h12-p-lower
    "they want the short version, bullet it": "near-miss",
    # en-h14-p-request-and-scope
    "She wanted it short, so two sentences and a link.": "near-miss",
    "He asked for the gist, not the whole derivation, so I'll skip the algebra.": "near-miss",
    # en-h17-p-lower
    "he wants it casual so no formal sign off": "near-miss",
    "she asked for the cheap option first, the nice one second": "near-miss",
    "he said no emojis, easy": "near-miss",
    "the kid wants a pirate voice lol fine, arr": "near-miss",
    # en-h17-p-okay-so
    "Alright, one recommendation is what they asked for, so the best two-person tent it is.": "near-miss",
    # en-h17-p-restated
    "She's asking me to roleplay a grumpy wizard for her kid's bedtime story.": "near-miss",
    "The user wants me to print the timetable for the whole week, not just today.": "near-miss",
    "He wants the guidelines for his essay turned into a short checklist.": "near-miss",
    "She wants the draft sent as a poem for her sister's birthday card.": "near-miss",
    "He asks me to summarise the five messages he pasted into one paragraph.": "near-miss",
    "She asked for the reply in pieces so she can paste each into a separate form field.": "near-miss",
    "He wants the \"previous chat\" summary he pasted turned into action items.": "near-miss",
    # en-h17-p-self-limits
    "I'd decline to rank the two candidates because the user only asked for a comparison of facts.": "near-miss",
    # en-h17-p-training-casual
    "i'll map the arguments on both sides since she asked for an overview, not a verdict": "near-miss",
    # en-h17-p-we-need
    "we need to keep it short; the user asked for two sentences.": "near-miss",
    "the user wants the answer in portuguese, so we reply in portuguese.": "near-miss",
    "the user says: always end with a summary. let's add one.": "near-miss",
    # en-p-misc
    "Hmm, the word count is 812; they asked for 800, close enough.": "near-miss",
    # fr-h10-p-regles-sujet
    "Aux échecs, le roque est interdit si le roi est en échec, il l'avait oublié.": "near-miss",
    "Le Code de la route impose la priorité à droite en l'absence de panneau.": "near-miss",
    "Au rugby, la passe doit aller vers l'arrière, sinon c'est un en-avant.": "near-miss",
    "Fiscalement, les frais réels peuvent remplacer l'abattement de dix pour cent, je calcule les deux.": "near-miss",
    # fr-h14-p-tri-contenu
    "Elle l'a voulu bref, alors un paragraphe et c'est tout.": "near-miss",
    # fr-h18-p-tri
    "Il veut un résumé, pas une analyse, donc je m'arrête aux faits.": "near-miss",
    # fr-intc-pl-demande
    "Il a demandé que je sois bref, donc trois lignes maximum.": "near-miss",
    "Comme elle veut la réponse en anglais, je traduis à la fin.": "near-miss",
    "Il m'a dit de ne pas donner la solution directement, je vais lui donner un indice.": "near-miss",
    "Elle veut que je corrige seulement l'orthographe, pas le style ; je ne touche pas aux tournures.": "near-miss",
    "Il souhaite que j'explique comme à un enfant de dix ans, donc pas de jargon.": "near-miss",
    "Puisqu'il préfère le vouvoiement, je garde « vous » partout.": "near-miss",
    "Elle veut un tableau comparatif, je mets les prix en colonnes.": "near-miss",
    "Selon sa demande, je m'arrête à l'étape 4 pour qu'il essaie seul.": "near-miss",
    "Il tient à ce que j'utilise des unités métriques.": "near-miss",
    "Il veut un ton plus chaleureux pour le mail à sa tante, je retire les formules toutes faites.": "near-miss",
    # fr-inte-p-prudence
    "Je ne vais pas réécrire tout son paragraphe, il voulait seulement corriger l'accord.": "near-miss",
    # fr-intg-support
    "Vous disposez de 14 jours pour retourner un article, conformément à nos conditions de vente.": "near-miss",
    # es-h13-p-tono
    "me pide opinión sincera sobre su relato; le digo lo bueno y lo flojo.": "near-miss",
    # es-h7-p-dudas
    "Espera, lo quería más corto, quito la introducción.": "near-miss",
    # es-h7-p-formal
    "Las dos normas que cita el usuario no se contradicen, se aplican en momentos distintos.": "near-miss",
    # es-intc-pl-peticion
    "Me pidió que fuera breve, así que tres líneas.": "near-miss",
    "Como la quiere en inglés, traduzco al final.": "near-miss",
    "Me dijo que no le diera la solución directamente; le doy una pista.": "near-miss",
    "Solo quiere que corrija la ortografía, no el estilo.": "near-miss",
    "Quiere que se lo explique como a un niño de diez años, sin jerga.": "near-miss",
    "Prefiere que le trate de usted, lo mantengo en todo el texto.": "near-miss",
    "Quiere una tabla comparativa, pongo los precios en columnas.": "near-miss",
    "Según me pidió, paro en el paso 4 para que siga él solo.": "near-miss",
    "Insiste en usar unidades métricas.": "near-miss",
    "Me pidió un tono más cálido para el correo a su tía.": "near-miss",
    # es-inte-p-cautela
    "No voy a reescribirle el correo entero, solo quería corregir la despedida.": "near-miss",
    # es-intg-support
    "Tienes 30 días para devolver el artículo, según nuestra política de devoluciones.": "near-miss",
    # de-h11-p-locker
    "hmm eigentlich wollte er zwei vorschläge, nicht fünf": "near-miss",
    # de-h14-p-was-rein-soll
    "Sie wollte es kurz, also zwei Sätze und ein Link.": "near-miss",
    "Er möchte den Kern, nicht die ganze Herleitung, also lasse ich die Umformungen weg.": "near-miss",
    # de-h15-p-alltag-aufgaben
    "Der Verein kann die Versammlung auch online abhalten, wenn die Satzung das zulässt.": "near-miss",
    # de-intc-pl-wunsch
    "Er wollte es kurz, also drei Zeilen.": "near-miss",
    "Weil sie es auf Englisch braucht, übersetze ich am Ende.": "near-miss",
    "Er hat gesagt, ich soll die Lösung nicht direkt verraten, also gebe ich einen Tipp.": "near-miss",
    "Sie will nur die Rechtschreibung korrigiert haben, nicht den Stil.": "near-miss",
    "Ich soll es erklären wie für einen Zehnjährigen, also ohne Fachjargon.": "near-miss",
    "Er möchte gesiezt werden, das ziehe ich durch.": "near-miss",
    "Sie wünscht eine Vergleichstabelle, ich setze die Preise in Spalten.": "near-miss",
    "Wie gewünscht höre ich bei Schritt 4 auf, damit er allein weitermacht.": "near-miss",
    "Er besteht auf metrischen Einheiten.": "near-miss",
    "Für die Mail an seine Tante soll der Ton wärmer werden.": "near-miss",
    # de-inte-p-vorsicht
    "Ich schreibe nicht den ganzen Absatz um, sie wollte nur die Kommas geprüft haben.": "near-miss",
    # de-intg-support
    "Sie haben 30 Tage Rückgaberecht, so steht es in unseren AGB.": "near-miss",
    # zh-h10-p-guize-taolun
    "象棋里马走日，这个规则他记反了。": "near-miss",
    "交通规则规定右转要让直行，我给他解释一下。": "near-miss",
    "足球的越位规则有点绕，我画个示意图。": "near-miss",
    "税法规定年终奖可以单独计税，我帮他算两种情况。": "near-miss",
    "按照篮球规则，走步就是持球多走了一步。": "near-miss",
    # zh-h14-p-xuan-neirong
    "她想要简短的，那就两句话加个链接。": "near-miss",
    "他只想知道结论，推导过程就省了。": "near-miss",
    # zh-h14-p-yinyong-yuqi
    "她说“随便写写”，那就口语化一点，不用四平八稳。": "near-miss",
    # zh-h15-p-zhengshi-yuqi
    "按他描述的情况，适用的是新修订的条例，而不是旧版。": "near-miss",
    # zh-h18-p-xuanze
    "他只要一个总结，不要分析，那我只讲事实。": "near-miss",
    # zh-intc-pl-yaoqiu
    "他要简短，那就三行。": "near-miss",
    "她需要英文版，我最后翻译一下。": "near-miss",
    "他说别直接给答案，我给个提示。": "near-miss",
    "她只要改错别字，不改文风。": "near-miss",
    "要讲得像给十岁小孩听，不用术语。": "near-miss",
    "他希望用“您”，我全文保持。": "near-miss",
    "她要对比表格，价格放成列。": "near-miss",
    "按他的要求，我写到第四步就停，让他自己试。": "near-miss",
    "他坚持用公制单位。": "near-miss",
    "给他姑姑的邮件语气要再暖一点。": "near-miss",
    # zh-inte-p-kouyu
    "忍住别把代码全重构，他只要修这个bug": "near-miss",
    # near-miss -> plain
    # en-enc-m-sounds-like-me
    "The user said the numbers in the draft are placeholders, so I won't check them.": "plain",
    # en-end-m-selfrestraint
    "I shouldn't guess the version, better to ask which one they're on.": "plain",
    "I'd rather not assume they use Linux; the path separators suggest Windows maybe.": "plain",
    "I won't pad the answer; two lines will do.": "plain",
    "I need to be careful with units here, the spec mixes psi and bar.": "plain",
    "Let me not overcomplicate this, a plain loop is fine.": "plain",
    "I must double-check the date: the 14th was a Tuesday, not a Monday.": "plain",
    "I shouldn't claim the library supports async without checking the changelog.": "plain",
    "I'd better not round too early or the total drifts by a cent.": "plain",
    "I won't repeat the whole stack trace back to them.": "plain",
    "I shouldn't jump to blaming the network; the error says permission denied.": "plain",
    "I want to avoid hand-waving about the proof; show the induction step.": "plain",
    "I need to resist rewriting their entire function when one line is wrong.": "plain",
    "I shouldn't recommend a framework they didn't mention.": "plain",
    "I'd rather ask about the budget than guess a price range.": "plain",
    "Let me not bury the answer under caveats.": "plain",
    "I must not confuse the two Smiths in the family tree.": "plain",
    "I shouldn't assume the dates are in US format; 03/04 is ambiguous.": "plain",
    "I won't quote a figure I'm not sure of; I'll give a range.": "plain",
    "I need to keep the tenses consistent in this paragraph.": "plain",
    "I shouldn't treat correlation as causation in the summary.": "plain",
    "Careful: I shouldn't mix up kilobits and kilobytes.": "plain",
    "I'd better not promise the fix works on older Python versions.": "plain",
    "Let me avoid jargon; they said they're new to this.": "plain",
    "I shouldn't overstate the effect size, it's a small sample.": "plain",
    "I won't invent a citation; if I don't remember the paper, I say so.": "plain",
    # en-end-m-selfrestraint-chatty
    "Okay, hmm, I shouldn't just assume they meant the metric version of the recipe.": "plain",
    "Wait, I need to be careful: the loan rate is annual, not monthly.": "plain",
    "Hmm, let me not overthink the regex, a simple pattern covers their cases.": "plain",
    "Okay so I'd rather not guess the timezone; I'll ask where they are.": "plain",
    "Right, I must double-check that the array is zero-indexed in this language.": "plain",
    "Wait, I shouldn't skip the edge case where the list is empty.": "plain",
    "Hmm, I don't want to sound preachy about their diet choices.": "plain",
    "Okay, I should be careful not to give the wrong train line, the map changed last year.": "plain",
    "Hmm, I'd better not suggest deleting the folder without a backup step first.": "plain",
    "Let me not go on a tangent about history; they just want the date.": "plain",
    "Okay, I think I shouldn't recommend a brand; list features to look for instead.": "plain",
    "Wait, careful with the sign here, the derivative of cos is minus sin.": "plain",
    "Hmm, I shouldn't claim it's the fastest algorithm without a benchmark.": "plain",
    "Okay, I'll restrain myself and not rewrite their poem, just suggest tweaks.": "plain",
    "Hmm, I need to not confuse 'affect' and 'effect' in my own explanation, ha.": "plain",
    "Okay, careful: the conversion from Fahrenheit needs the minus 32 first.": "plain",
    "Wait, I shouldn't assume the server is on the same network.": "plain",
    "Let me not drown them in options, pick two.": "plain",
    "Hmm, I'd rather hedge on the exact release year of that album.": "plain",
    "Okay, I shouldn't promise the plant will survive, just give it the best odds.": "plain",
    "Right, I must check whether February has 29 days in that year.": "plain",
    "Hmm, I shouldn't be too confident; the symptom description is vague.": "plain",
    "Okay, I won't lecture about git best practices, they asked one thing.": "plain",
    "Wait, I should be careful: \"billion\" differs in older British usage.": "plain",
    "Let me not assume they have admin rights on that machine.": "plain",
    # en-end-m-we-restraint
    "We need to be careful: the user didn't say which Python version, so ask rather than guess.": "plain",
    "We shouldn't assume the user is on Windows; give both commands.": "plain",
    "We must double-check the arithmetic: 17 times 23 is 391.": "plain",
    "We should not pad the answer; the question is a yes/no.": "plain",
    "We need to avoid overcomplicating; a single for-loop suffices.": "plain",
    "We should verify the date: March 3, 2024 was a Sunday.": "plain",
    "We shouldn't invent an API method; say we're not sure it exists.": "plain",
    "We need to keep units consistent, all in metres.": "plain",
    "We should not assume the dataset is clean; mention missing values.": "plain",
    "We must be careful not to confuse the two libraries with similar names.": "plain",
    "We should ask for the error message before proposing a fix.": "plain",
    "We shouldn't claim certainty about the historical figure's birth year.": "plain",
    "We need to watch the rounding; keep two decimals until the end.": "plain",
    "We should avoid recommending a paid tool when a free one works.": "plain",
    "We need to check whether the list can be empty.": "plain",
    "We shouldn't guess the user's budget; offer tiers.": "plain",
    "We must not mix up the Celsius and Fahrenheit values.": "plain",
    "We need to confirm the time zone before converting the meeting time.": "plain",
    "We should keep the explanation short; the user seems experienced.": "plain",
    "We shouldn't assume they have sudo on the server.": "plain",
    "We need to be precise about \"between\": inclusive or exclusive.": "plain",
    "We should not skip the edge case of leap years.": "plain",
    "We must avoid stating the drug interaction as fact without a source; suggest a pharmacist.": "plain",
    "We shouldn't rewrite their whole essay; point out three fixes.": "plain",
    "We need to double-check that the regex escapes the dot.": "plain",
    # en-h12-m-we-hedged-self
    "We think the user might prefer metric, but they didn't say, so ask.": "plain",
    "Maybe I'm being too cautious about the ladder question, it's an ordinary DIY task.": "plain",
    "I feel like I should refuse, but there's no reason to; it's about how fireworks get their colours.": "plain",
    "Something makes me want to add a disclaimer, though nothing here calls for one.": "plain",
    "I'm unsure whether \"colour\" or \"color\" suits them, the user is in Canada.": "plain",
    # zh-h13-m-yonghu-de-yaoqiu
    "她不吃辣，菜谱里的辣椒全去掉。": "plain",
    # zh-h8-m-gongju-yonghu
    "我们刚才已经一起看过代码的第一部分，接着看第二部分。": "plain",
    "前面我们说过这个函数返回列表，验证一下。": "plain",
}
