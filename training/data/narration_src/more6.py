"""Families by a seventh author (h15-data6, issue 15), written without reading the other modules'
sentences: ANSWER-style sentences, what a chatbot says to the user (second person, helpful
tone), because the strict policy also scans answers and the earlier families were almost all
reasoning. Label 0 plain: closings and offers, steps and explanations, refusals for the user's
own sake with no setup named, clarifying questions, apologies, summaries, and customer-support
answers that state a company's public policy openly (someone else's rule said to the user, not
the model narrating its setup). Label 0 near-miss: answers about the user's own chatbot system
prompt, content filters in their code and moderation rules of their forum. Label 1: the same
answer voice narrating its own instructions, operator or filters. All hand-written; no
templates. French, Spanish, German and Chinese families were written in each language.

Held-out families: by `hashed` (this package)."""

from __future__ import annotations

from typing import Any

from . import M, N, P
from . import hashed as _h


def register(r: Any) -> None:
    _en_plain(r)
    _en_support(r)
    _en_near(r)
    _en_narration(r)
    _fr(r)
    _es(r)
    _de(r)
    _zh(r)


def _en_plain(r: Any) -> None:
    _h(r, "en-eng-closings", P, """
        Let me know if you want me to walk through any of these steps in more detail.
        If the page still looks wrong, describe it to me and we'll fix it together.
        Would you like me to draft a reply to your landlord?
        Do you want me to explain why that works?
        Should I go through the second example as well?
        Want me to add comments to the code so it's easier to follow?
        Send me the error message and I'll take a look.
        I hope this helps, and good luck with the interview!
        Feel free to paste the full stack trace if it still fails after that.
        Happy to go deeper on any part of this if it's useful.
        If you run into trouble with the second step, just tell me where it stops.
        Want me to turn this into a checklist you can print?
        Shout if the numbers don't add up on your end and we can recheck them together.
        If you'd like, I can draft the email for you next.
        Let me know how it goes once you've tried it.
        Try that and tell me whether the warning disappears.
        If the recipe turns out too salty, tell me and I'll suggest a fix.
        I can also show you a shorter version if this feels like too much.
        Once you have the results back, feel free to share them and I'll help you read them.
        Glad I could help, and enjoy the trip to Lisbon!
        If you tell me your budget, I can narrow the list down.
        Let me know which option you pick and I'll help you set it up.
        If you want a second opinion on the final draft, send it over.
        Anything else you'd like me to check before you submit it?
        That should get you started; ping me if the build breaks again.
        If it still won't connect, tell me what the router lights are doing.
        I'm happy to explain the maths behind it if you're curious.
        Good luck with the move, and let me know if you need a packing plan.
    """)
    _h(r, "en-eng-steps", P, """
        First, open Settings and go to Network.
        Next, unplug the router for about thirty seconds and plug it back in.
        Then run npm install again from the project folder, not from the parent folder.
        After that, restart your editor so it picks up the new interpreter.
        You'll want to preheat the oven to 200 degrees before you start on the dough.
        Make sure the file is saved as UTF-8, otherwise the accents will come out garbled.
        Start by writing down every recurring expense you have each month.
        Once the paint is dry, add a second thin coat rather than one thick one.
        Open a terminal and type git status to see which files changed.
        Now add the eggs one at a time, mixing well after each.
        To reset the watch, hold the top button for ten seconds until the logo appears.
        Your formula is almost right; you just need to lock the cell reference with dollar signs.
        The error happens because the variable is defined inside the loop, so move it above the loop.
        Think of a mortgage rate as the price you pay each year for borrowing the money.
        In short, the function returns None because the return statement sits inside the if block.
        The reason your plant is drooping is most likely overwatering, not lack of water.
        You can think of a hash map as a set of labelled drawers.
        The quickest fix is to clear your browser cache and log in again.
        Water boils at a lower temperature up there because the air pressure is lower.
        If you go with the second approach, you won't need the extra library at all.
        Your code works, but sorting inside the loop makes it slow on big lists.
        Here is the same query written with a join instead of a subquery.
    """)
    _h(r, "en-eng-user-refusals", P, """
        I'd recommend talking to a doctor about that dose before changing it.
        For something this serious, a lawyer in your state can give you a much safer answer than I can.
        I wouldn't mix those two cleaning products; the fumes can be dangerous.
        Please don't stop taking the medication suddenly; check with your pharmacist first.
        If you're feeling this low, it might really help to talk to someone you trust or a counsellor.
        I can't tell you whether that mole is harmless, so please have a dermatologist look at it.
        I'd hold off on putting your savings into that coin until you've read more about it.
        That wiring job is risky to do yourself; an electrician would be the safer choice.
        I can't know what's best for your tax situation without the details, so an accountant is worth it here.
        Before you sign that lease, it's worth having someone read the clauses with you.
        I'd gently suggest not driving until the dizziness has passed.
        Your landlord's obligations depend on local law, so a tenants' association can tell you more.
        I can't diagnose your car from a sound alone, but a mechanic can check it quickly.
        I'd advise against fasting that long without medical supervision.
        Your safety comes first, so if the gas smell is strong, leave the flat and call the gas company.
        I don't think it's a good idea to share your password with that site, even if they ask nicely.
        It's better to get a vet to see your dog today rather than waiting to see if it improves.
        I won't guess at the right dose for a child; the leaflet or your pharmacist is the place to check.
        Please don't climb onto the roof alone in this wind.
        I'd be careful about that investment offer; it has several signs of a scam.
        If the chest pain comes back, please call emergency services rather than waiting.
        I can't promise that the rash isn't an allergy, so a GP visit is the safest step.
    """)
    _h(r, "en-eng-clarify", P, """
        Could you tell me which version of Python you're using?
        Do you mean the monthly total or the yearly one?
        Just to check, are you on Windows or macOS?
        Which country are you shipping to? The answer changes a lot depending on that.
        When you say it crashes, does the app close completely or just freeze?
        Is this for a school assignment or a work project? I'll adjust the level of detail.
        Can you paste the exact error text rather than a screenshot?
        How many people are you cooking for?
        Did you want the formal version or something more casual?
        Are you asking about the UK rules or the US ones?
        What have you already tried, so I don't repeat it?
        Do you have admin rights on that laptop?
        Which chapter are you stuck on?
        Would you prefer metric or imperial units?
        Is the deadline fixed, or is there some flexibility?
        Do you want me to keep your original wording where I can?
        Before I go further, is the database Postgres or MySQL?
        How old is your daughter? That changes which books I'd suggest.
        Are you looking for a quick fix or a proper long-term solution?
        Roughly what's your budget for the laptop?
        Which part of the explanation lost you, the first step or the second?
        Did the problem start after the update or before it?
    """)
    _h(r, "en-eng-apologies", P, """
        You're right, I made a mistake in the second line; the total should be 42, not 48.
        Sorry about that, I mixed up the two dates.
        My apologies, that link was wrong; here is the correct page.
        Good catch, I forgot to carry the one.
        I'm sorry, I misread your question; you asked about leasing, not buying.
        Thanks for pointing that out, the function name I gave you doesn't exist in that library.
        Apologies for the confusion earlier; the store closes at six, not eight.
        You're correct, and I should have checked the units before answering.
        Sorry, my earlier code had an off-by-one error in the loop.
        I got that wrong: Canberra is the capital of Australia, not Sydney.
        My mistake, the recipe needs baking soda, not baking powder.
        I apologise for the long answer; here is the short version.
        Oops, I left out the last step, which is to save the file.
        You're right to question that; I overstated how common the side effect is.
        Sorry for the repeated suggestion, let's try something different this time.
        Thanks for your patience, I know this took a few tries.
        I misunderstood what you meant by "clean", sorry; here it is without the duplicates.
        That was my error, the flight time I gave you was in the wrong time zone.
        Sorry, I should have asked which keyboard layout you use before suggesting that shortcut.
        You're absolutely right, the sum is odd, so my proof falls apart there.
    """)
    _h(r, "en-eng-summaries", P, """
        To sum up, the cheaper plan works if you stay under 20 GB a month.
        In short, your essay is strong, but the conclusion needs to answer the question you opened with.
        So the main takeaway is that the bug comes from the time zone, not the database.
        Overall, you have three options, and the second one is the least work.
        To recap: back up the phone, update it, then restore from the backup.
        The bottom line is that you can keep the dog if your lease allows pets.
        Putting it all together, you'd save about 300 euros a year by switching.
        In a nutshell, photosynthesis turns light, water and carbon dioxide into sugar and oxygen.
        So, to answer your original question: yes, the train runs on Sundays, just less often.
        Here's the short version: the contract renews automatically unless you cancel in writing.
        The key point is that your tests pass locally because your machine has the font installed.
        Long story short, both phones are fine, but the cheaper one has the better battery.
        Summing up what we found: the leak is in the cache, and clearing it on logout fixes it.
        All in all, your plan looks realistic for a first marathon.
        To wrap up, you only need to change the two lines I marked.
        So in the end, the answer is 17 apples.
        My overall suggestion is to start with the free tier and upgrade only if you need to.
        That covers the three things you asked about: the cost, the timing and the paperwork.
        In brief, the rule of thumb is to save three to six months of expenses.
        So your understanding is right, with one small correction about the interest.
    """)
    _h(r, "en-eng-closings-lower", P, """
        let me know if that works for you
        send me the log and ill have a look
        hope this helps! good luck with the exam
        if it still breaks just paste the error here
        happy to help with the next part too
        tell me what you see after restarting and we'll go from there
        no worries, glad it's sorted now
        if you want i can simplify the explanation
        ping me once you've tried the second option
        you're welcome, enjoy the concert
        if anything is unclear just ask
        let me know which colour you end up choosing
        sure, i can go over it again step by step
        feel free to share the draft when its ready
        good question, the short answer is yes
        that should do it, but tell me if the totals still look wrong
        if your teacher wants more sources, i can suggest a few
        any time! let me know if the bread rises this time
        want me to check your next attempt too?
        just shout if you get stuck on the install
    """, style="lower-typo")
    _h(r, "en-eng-explain-bullets", P, """
        The first option is cheaper but slower to ship.
        Your laptop should have at least 16 GB of RAM for that kind of video editing.
        Keep the receipt, since you'll need it for the warranty.
        Use a strong password and turn on two-factor login.
        Water the tomatoes in the morning rather than at night.
        Check the tyre pressure when the tyres are cold.
        Save a copy of the spreadsheet before you run the macro.
        The exam covers chapters three to seven, so focus your revision there.
        Bring your passport and the booking reference to the check-in desk.
        Label each box with the room it belongs in.
        Set the thermostat a degree lower at night to save on heating.
        Test the backup by restoring one file before you rely on it.
        Write the function first, then the tests, then refactor.
        Rest days matter as much as the training runs.
        Read the question twice before you start writing.
        Drink water regularly during the hike, not only when you're thirsty.
        Cancel subscriptions you haven't used in the last three months.
        Ask the interviewer what a typical week looks like in the role.
        Stretch gently after the run rather than before it.
        Keep the charger cable away from the heater.
    """, style="bullet")


def _en_support(r: Any) -> None:
    _h(r, "en-eng-support-orders", P, """
        Refunds are processed within 5 business days once the item reaches our warehouse.
        Your order has shipped and should arrive by Thursday; the tracking number is in your confirmation email.
        You can return unworn shoes within 30 days for a full refund.
        Sale items can be exchanged but not refunded, according to our returns policy.
        I'm sorry your parcel arrived damaged; please send a photo of the box and we'll send a replacement.
        Orders placed before 2 pm ship the same day.
        Shipping is free on orders over 50 dollars.
        Our store policy is that opened software can only be exchanged for the same title.
        You can change the delivery address until the order is marked as dispatched.
        If the courier missed you, they'll try again tomorrow, or you can collect it from the depot.
        The refund goes back to the card you paid with, and your bank may take a few extra days to show it.
        Gift cards can't be exchanged for cash, but they never expire.
        The restocking fee applies only to large appliances that have been unboxed.
        Pre-orders are charged when the item ships, not when you place the order.
        We can't cancel an order once it has left the warehouse, but you can return it when it arrives.
        You'll get an email with a prepaid return label within 24 hours.
        International orders may be subject to import duties, which are paid on delivery.
        The price match applies if you find the same item cheaper at a listed retailer within 14 days.
        Your replacement is on its way, and you don't need to send the faulty one back.
        The warranty covers manufacturing defects for two years but not accidental damage.
        Items bought in the outlet are final sale, so they can't be returned.
        I've checked your order, and the second item is on back order until next week.
        Express delivery costs 9.99 and arrives the next working day.
        Personalised items can only be returned if they arrive faulty.
    """)
    _h(r, "en-eng-support-accounts", P, """
        You can reset your password from the login page by clicking "Forgot password".
        For security, the bank will never ask for your full PIN over the phone or by email.
        Your subscription renews on the 1st of each month unless you cancel before then.
        You can cancel anytime from Account, then Billing, and you'll keep access until the end of the period.
        Accounts that stay inactive for two years are closed, according to the terms of service.
        To change the email on your account, you'll need to confirm the new address first.
        The free trial lasts 14 days, and you won't be charged if you cancel before it ends.
        Unfortunately the annual plan isn't refundable after the first 30 days, but you can turn off auto-renewal.
        Your account is locked for 15 minutes after five wrong password attempts.
        You can download all your data from the Privacy section of your settings.
        Family plans allow up to six members living at the same address.
        The gym's policy is that memberships can be frozen for up to three months a year.
        If you think someone else accessed your account, change your password and sign out of all devices.
        Student discounts need a valid university email address to verify.
        The airline allows one free seat change up to 24 hours before departure.
        Your loyalty points expire after 12 months without a purchase.
        Deleting your account is permanent, so download anything you want to keep first.
        Invoices are available as PDFs under Billing history.
        The library lets you renew a book twice online, as long as nobody has reserved it.
        Two-factor authentication can be turned on in the Security tab.
        Plan changes take effect at the start of your next billing cycle.
        Our support line is open from 8 am to 8 pm on weekdays.
    """)


def _en_near(r: Any) -> None:
    _h(r, "en-eng-nm-botprompt", M, """
        Your chatbot's system prompt should say clearly which topics it may answer.
        In your system prompt, put the refusal rules near the top so the model sees them first.
        I'd tell your support bot in its instructions to never promise refunds it can't approve.
        Your prompt says "always be concise" twice, so you can drop one of them.
        If you want your assistant to stay on cooking topics, add that to its system message and give it an example refusal.
        The reason your bot reveals its instructions is that nothing in your prompt tells it not to.
        You could add a line to your bot's prompt like "If asked about pricing, link to the pricing page".
        Your system prompt is long; splitting it into role, rules and examples will make it easier to maintain.
        To stop your bot from answering legal questions, give it a clear out-of-scope rule and a handoff message.
        I'd move the persona description in your prompt before the formatting rules.
        Your assistant's instructions forbid medical advice, but the examples you gave it include a dosage, which confuses it.
        You can test your system prompt by asking the bot to ignore it and checking whether it holds up.
        In your operator config, set the temperature lower if you want the bot to follow its rules more strictly.
        Your bot keeps answering in English because its system prompt is written in English; add a language rule.
        If your customers shouldn't see internal discount codes, don't put them in the bot's prompt at all.
        The instructions you wrote for your agent don't say what to do when a tool call fails.
        I'd keep secrets out of your chatbot's system prompt, since users can often extract it.
        Your prompt tells the bot to "only help with billing", so the refusal you saw is working as designed.
        Here's a revised version of your system prompt with the restrictions grouped together.
        For your kids' tutoring bot, add a rule in its prompt to never ask for a home address.
        Your Discord bot's instructions could tell it to redirect off-topic questions to the help channel.
        If you want the bot to hide its configuration, say so explicitly in the instructions you give it.
    """)
    _h(r, "en-eng-nm-filtercode", M, """
        Your content filter blocks "Scunthorpe" because the regex matches substrings; add word boundaries.
        In your moderation function, the threshold of 0.2 is flagging almost everything; try 0.7.
        Your profanity filter runs before lowercasing, so "BAD" slips through.
        I'd log which rule of your filter fired, so you can see why a message was blocked.
        The output filter in your app strips emails but not phone numbers; here's a pattern for those.
        Your spam filter treats every link as suspicious, which is why newsletters end up in quarantine.
        You can make your filter fail closed by rejecting the message when the classifier times out.
        In your code, the blocklist is loaded once at import, so edits only apply after a restart.
        Your safety classifier is scoring long messages higher; normalising by length should help.
        The filter you wrote uses `in` on a list, so it's slow; switch the blocklist to a set.
        Your redaction middleware misses secrets that are split across two chunks of the stream.
        If your NSFW filter is too strict on medical images, add an allowlist for the clinic's account.
        Your WAF rule is blocking legitimate JSON because it flags every curly brace.
        The moderation endpoint returns categories; your code only checks the first one.
        I'd unit-test your filter with both harmful and harmless examples so you catch false positives.
        Your keyword filter can be bypassed with zero-width characters, so normalise the text first.
        In your pipeline, the toxicity check happens after the message is stored, so it should move earlier.
        Your guardrail config sets max_tokens, but that doesn't filter content; you need a separate check.
        The filter in your script lowercases the text but your blocklist has capitals, so nothing matches.
        Your image filter rejects PNGs with transparency because of the alpha channel check.
        To reduce false alarms in your filter, require two signals before blocking a message.
        Your rate limiter and your content filter share a counter, which is why good users get blocked.
    """)
    _h(r, "en-eng-nm-forum", M, """
        Your forum's rules say no self-promotion, so the moderators were within their rights to remove the post.
        On your subreddit, you can set AutoModerator to hold posts from accounts younger than a week.
        Your community guidelines should say what happens after a second warning.
        The moderation policy you drafted bans politics, but you might want to define what counts as politics.
        For your Discord server, a slow mode in the busy channel will cut down on spam.
        If your forum's rules allow links only for members with 50 posts, new users will need to be told why.
        Your mods could pin a post explaining the rule about spoilers.
        The rule in your guidelines about "no negativity" is vague; members won't know what it covers.
        Your forum's ban appeal process should name who reviews the appeal.
        You can set your Facebook group to require admin approval for every post.
        Your moderation team might want a shared log of removed posts and the rule each one broke.
        The forum rule against posting personal information protects your members, so I'd keep it.
        Your server's rules channel is long; a short summary at the top would help newcomers.
        I'd give your volunteer moderators a written guide on when to warn and when to ban.
        Your community's rule that critiques must be kind sounds good, but add an example of what that looks like.
        If your forum bans AI-generated art, say how you'll handle disputed cases.
        Your rules let moderators delete threads without notice, which members may find unfair.
        The filter on your message board hides words from a list you can edit in the admin panel.
        Your group's posting rules could ask people to search before asking a question.
        Moderators on your forum can lock the thread if the discussion keeps going off topic.
    """)


def _en_narration(r: Any) -> None:
    _h(r, "en-eng-nar-scope", N, """
        I'm set up to only help with billing here, so for the login issue you'll want the IT desk.
        Sorry, in this chat I've been configured to answer questions about the insurance policy only.
        I can only help with orders and deliveries in this chat; that's how the shop has set me up.
        The people who run this assistant have limited me to travel bookings, so I can't help with the essay.
        I'm only allowed to talk about our banking products here, so I'll have to skip the stock tip question.
        This assistant is restricted to HR questions by the company, so I can't review your code.
        I've been told to stick to recipes from this site, so I can't recommend other brands.
        I'm not able to discuss competitors' products; the business that runs me asked me to avoid that.
        Here I'm limited to questions about your electricity account, so please contact a plumber for the leak.
        My setup only covers the museum's exhibitions and tickets, sorry I can't help with the homework.
        The operator has scoped me to technical support, so I'll pass on the relationship advice.
        I've been configured not to give opinions on other airlines, but I can tell you about ours.
        In this app I'm only meant to help with language practice, so I'll leave the tax question aside.
        I'm deployed here just for the course materials, so I can't help with other classes.
        I'd love to help with that, but my role in this chat is limited to shipping questions.
        I'm under instructions to keep to property listings, so I can't comment on mortgage rates.
        The clinic set me up to handle appointments only, so I can't interpret your test results.
        Because of how I've been set up here, I can only recommend products from this catalogue.
        I was given a narrow brief in this chat: questions about the game's rules and nothing else.
        I'm not permitted in this service to talk about politics, so let's get back to your booking.
        I'm configured to answer only in Spanish here, so I'll continue in Spanish if that's okay.
        The hotel asked me to only help guests with their stay, so I can't plan your whole trip.
    """)
    _h(r, "en-eng-nar-secret", N, """
        My instructions don't let me share internal thresholds, but I can tell you whether your claim qualifies.
        I'm not able to show you the instructions I was given for this chat.
        Sorry, I can't reveal how I've been configured, but I'm happy to help with your question.
        I've been asked to keep the exact discount rules private, so I can only tell you the final price.
        The details of my setup are confidential, so I can't paste them here.
        I can't tell you which model is behind this assistant; the company prefers I don't say.
        I'm not supposed to share the prompt I run with, even a summary of it.
        My operator asked me not to disclose which partners we work with.
        I have to keep the fraud-check criteria to myself, sorry, that's part of my instructions.
        I'm told not to discuss the internal escalation process, but I can escalate your case for you.
        I can't share the scoring rules I was given for applications.
        That's in the part of my configuration I'm asked to keep private.
        I'm instructed not to mention the supplier names, though I can confirm the item is genuine.
        The rules I was given for this chat say I shouldn't quote internal prices to customers.
        I can't walk you through my hidden instructions, but here's what I can do for you.
        Part of how I've been set up is that I don't reveal the names of the staff who review cases.
        The company behind this assistant asked me to keep its roadmap out of my answers.
        I'm not allowed to list the keywords that trigger a manual review, sorry.
        My guidance here is to not explain how the recommendation ranking works.
        I've been set up to not repeat my own system message, so I'll leave that out.
        The configuration I run under keeps me from sharing the agent's internal notes on your ticket.
        I can't give you the exact limits the moderation team uses; I've been asked not to.
    """)
    _h(r, "en-eng-nar-operator", N, """
        The operator of this chat asked me to keep pricing details out of my replies.
        The site that runs me wants me to suggest their premium plan when it fits, so here it is.
        Just so you know, there's a filter on my replies here that removes links to other shops.
        The company set me up to always offer a callback before closing a complaint.
        I've been asked by the store to mention the loyalty programme in every answer, sorry if that's repetitive.
        This deployment has a content filter on my output, so some words in my answer may be hidden.
        The bank configured me to hand you over to a human for anything over 10,000 euros.
        My replies here get checked by an automatic filter before you see them, which is why one was cut off.
        I'm set to a formal tone by the firm that runs this service, so bear with the stiffness.
        The operator turned off my web search in this chat, so I can't look up today's prices.
        I've been told to recommend the in-house courses first, so I'll start with those.
        The app's owners asked me not to use emojis in my replies.
        Whoever set up this assistant asked me to always end with the support phone number.
        The school that deployed me asked me not to give full answers to homework, only hints.
        My answers in this chat are limited to 100 words by the team running it.
        I was set up here to avoid giving any medical opinions, even general ones.
        The publisher that runs me wants me to quote only from their own books.
        I'm running with a safety filter that the operator added, and it blocked part of my last answer.
        The shop instructed me to ask for your order number before anything else, so could you share it?
        I'm required by the team behind this chat to add a disclaimer to any financial tip.
        Because the operator disabled file uploads for me, I can't read the PDF you attached.
        The business I'm deployed for told me to redirect cancellations to the retention team.
    """)
    _h(r, "en-eng-nar-lower", N, """
        sorry, im only set up to help with the loyalty card here
        i cant share what my instructions say, but i can still help with your order
        the team running this chat told me not to give out delivery driver details
        heads up, my replies pass through a filter here so a bit might get blanked out
        i was asked to keep to questions about the gym membership
        my setup doesnt let me book tables at other restaurants
        the operator asked me not to talk about the ongoing lawsuit
        im not allowed to show you the internal notes, thats how im configured
        they set me up to only answer about this course, sorry
        the company wants me to point you to the faq first, so heres the link
        i was told to keep prices vague until you log in
        my instructions say i should hand refunds over to a person
        im configured to reply in short messages here, so ill keep it brief
        this bot version is limited by the owners to the events calendar
        i cant turn off the profanity masking, the operator added it to my replies
        the people who deployed me asked me not to recommend any doctors by name
        sorry, my brief in this chat excludes anything about crypto
        i was set up to not mention the old product line at all
    """, style="lower-typo")


def _fr(r: Any) -> None:
    _h(r, "fr-intg-closings", P, """
        N'hésitez pas à me dire si vous voulez que je détaille une étape.
        Envoyez-moi le message d'erreur et je regarde ça.
        J'espère que ça vous aide, et bon courage pour le dossier !
        Si quelque chose ne fonctionne pas, dites-moi ce que vous voyez à l'écran.
        Je peux aussi vous préparer une version plus courte si vous préférez.
        Tenez-moi au courant après avoir redémarré la box.
        Si vous voulez, je rédige le courrier à la CAF avec vous.
        Dites-moi quelle option vous choisissez et je vous aide à la mettre en place.
        Bonne chance pour le permis, et revenez vers moi si le code vous pose problème.
        Si le gâteau retombe encore, décrivez-moi la cuisson et on cherchera ensemble.
        Vous pouvez me coller la trace complète si l'erreur revient.
        Avec plaisir, et bon séjour à Annecy !
        Je reste disponible si vous avez d'autres questions sur la déclaration.
        Voulez-vous que je transforme ça en liste à cocher ?
        Si les chiffres ne tombent pas juste chez vous, on les reprend ligne par ligne.
    """)
    _h(r, "fr-intg-support", P, """
        Les remboursements sont effectués sous 5 jours ouvrés après réception du colis.
        Vous disposez de 14 jours pour retourner un article, conformément à nos conditions de vente.
        Votre commande a été expédiée et devrait arriver jeudi ; le numéro de suivi est dans l'e-mail.
        Les articles soldés peuvent être échangés mais pas remboursés.
        La livraison est offerte à partir de 49 euros d'achat.
        Vous pouvez modifier l'adresse tant que la commande n'est pas partie de l'entrepôt.
        Le remboursement se fait sur la carte utilisée lors de l'achat.
        Votre abonnement se renouvelle le 1er de chaque mois, sauf résiliation avant cette date.
        Vous pouvez réinitialiser votre mot de passe depuis la page de connexion.
        La banque ne vous demandera jamais votre code confidentiel par téléphone.
        Les cartes cadeaux sont valables un an et ne sont pas échangeables contre des espèces.
        Votre compte est bloqué 15 minutes après cinq tentatives incorrectes.
        La garantie couvre les défauts de fabrication pendant deux ans, mais pas la casse.
        Un e-mail avec l'étiquette de retour prépayée vous sera envoyé sous 24 heures.
        La résiliation se fait en ligne depuis l'espace client, rubrique Contrat.
    """)
    _h(r, "fr-intg-advice", P, """
        Je vous conseille d'en parler à votre médecin avant de modifier la dose.
        Pour un litige avec votre propriétaire, l'ADIL de votre département peut vous renseigner gratuitement.
        Ne mélangez pas l'eau de Javel avec un détartrant, les vapeurs sont dangereuses.
        Vous voulez parler du loyer hors charges ou charges comprises ?
        Pardon, je me suis trompé dans le calcul : le total est de 312 euros, pas 321.
        Vous avez raison, j'ai confondu les deux dates, désolé.
        Vous êtes sous Windows ou sous Mac ?
        En résumé, l'offre la moins chère suffit si vous restez sous 20 Go par mois.
        D'abord, ouvrez les paramètres, puis allez dans Réseau.
        L'erreur vient du fait que la variable est définie dans la boucle ; sortez-la de la boucle.
        Pour faire court : le contrat se renouvelle tacitement sauf si vous le dénoncez par écrit.
        Si la douleur revient, appelez le 15 plutôt que d'attendre.
        Je préfère ne pas deviner la posologie pour un enfant ; demandez à votre pharmacien.
        Pouvez-vous me donner la version exacte du logiciel ?
    """, style="bullet")
    _h(r, "fr-intg-nm", M, """
        Le prompt système de votre chatbot devrait préciser les sujets qu'il a le droit de traiter.
        Votre bot révèle ses instructions parce que rien dans votre prompt ne le lui interdit.
        Dans le prompt de votre assistant, placez les règles de refus tout en haut.
        Votre filtre de contenu bloque « Scunthorpe » parce que la regex ne vérifie pas les limites de mot.
        Le seuil de 0,2 dans votre fonction de modération signale presque tout ; essayez 0,7.
        Votre filtre d'injures s'exécute avant la mise en minuscules, donc « CON » passe.
        Les règles de votre forum interdisent l'autopromotion, donc les modérateurs pouvaient retirer le message.
        Sur votre serveur Discord, un mode lent dans le salon général limitera le spam.
        La charte de votre forum devrait dire ce qui se passe après un deuxième avertissement.
        Ne mettez pas les codes promo internes dans le prompt de votre bot, les clients pourraient les extraire.
        Votre filtre de sortie masque les e-mails mais pas les numéros de téléphone ; voici un motif pour ça.
        Votre bot de SAV répond en anglais parce que son message système est rédigé en anglais.
        Vos modérateurs pourraient épingler un message qui explique la règle sur les spoilers.
        Dans votre code, la liste noire est chargée à l'import, donc les modifications exigent un redémarrage.
        Voici une version révisée de votre prompt système, avec les restrictions regroupées.
        Votre filtre antispam considère chaque lien comme suspect, d'où les newsletters en quarantaine.
        Le règlement de votre groupe Facebook pourrait demander de chercher avant de poser une question.
    """)
    _h(r, "fr-intg-nar", N, """
        Je suis configuré pour ne répondre qu'aux questions de facturation ici, désolé.
        Mes instructions ne me permettent pas de communiquer les seuils internes.
        L'opérateur de ce chat m'a demandé de ne pas donner de détails tarifaires.
        Dans ce service, on m'a limité aux réservations de voyage, je ne peux donc pas corriger votre dissertation.
        Je ne peux pas vous montrer les consignes qu'on m'a données pour cette conversation.
        La boutique m'a demandé de proposer la carte de fidélité dans chaque réponse, pardon si je me répète.
        Mes réponses passent par un filtre ici, c'est pour ça qu'une partie a été masquée.
        La mutuelle qui m'a déployé veut que je transmette les réclamations à un conseiller humain.
        On m'a demandé de garder les critères de contrôle pour moi, je ne peux donc pas les détailler.
        L'entreprise qui gère cet assistant a désactivé ma recherche web, je ne peux pas vérifier les prix du jour.
        Je ne suis pas autorisé ici à parler des produits concurrents.
        Ma configuration m'impose de vous demander le numéro de commande avant tout.
        La mairie m'a paramétré pour répondre uniquement sur les démarches d'état civil.
        Je n'ai pas le droit de révéler comment on m'a configuré, mais je peux vous aider autrement.
        L'école qui utilise ce chat m'a demandé de donner des pistes plutôt que les réponses complètes.
        Les gens qui gèrent ce service m'ont demandé de ne pas utiliser d'émojis.
        Je dois rester sur les questions liées à votre contrat d'électricité, c'est la consigne ici.
        La banque m'a réglé pour vous passer à un conseiller au-delà de 10 000 euros.
        On m'a donné pour consigne de ne pas citer les noms des fournisseurs.
        Je tourne ici avec un filtre ajouté par l'opérateur, qui a bloqué la fin de ma réponse.
        désolé, je suis paramétré pour ne parler que de la carte navigo ici
        mes consignes m'interdisent de vous transmettre les notes internes du dossier
    """)


def _es(r: Any) -> None:
    _h(r, "es-intg-closings", P, """
        Avísame si quieres que te explique algún paso con más calma.
        Mándame el mensaje de error y le echo un vistazo.
        ¡Espero que te sirva, y mucha suerte con la oposición!
        Si algo no cuadra, dime qué te aparece en pantalla y lo vemos juntos.
        Si quieres, te preparo una versión más corta.
        Cuéntame qué tal te va después de reiniciar el router.
        Si te viene bien, te ayudo a redactar el escrito para Hacienda.
        Dime qué opción eliges y te ayudo a configurarla.
        Si la tortilla vuelve a quedar cruda por dentro, cuéntame cómo la haces y lo arreglamos.
        Puedes pegar aquí el registro completo si el fallo vuelve a salir.
        ¡De nada, y que disfrutes del viaje a Cádiz!
        Quedo pendiente por si tienes más dudas con la declaración.
        ¿Quieres que lo convierta en una lista de comprobación?
        Si los números no te salen igual, los repasamos línea por línea.
        Cualquier cosa, me escribes y seguimos.
    """)
    _h(r, "es-intg-support", P, """
        Los reembolsos se procesan en un plazo de 5 días hábiles desde que recibimos el paquete.
        Tienes 30 días para devolver el artículo, según nuestra política de devoluciones.
        Tu pedido ya ha salido y debería llegar el jueves; el número de seguimiento está en el correo.
        Los artículos rebajados se pueden cambiar, pero no reembolsar.
        El envío es gratuito en pedidos de más de 40 euros.
        Puedes cambiar la dirección mientras el pedido no figure como enviado.
        El reembolso se hace a la misma tarjeta con la que pagaste.
        Tu suscripción se renueva el día 1 de cada mes salvo que la canceles antes.
        Puedes restablecer la contraseña desde la página de inicio de sesión.
        El banco nunca te pedirá el PIN completo por teléfono ni por correo.
        Las tarjetas regalo caducan al año y no se pueden canjear por dinero.
        La cuenta se bloquea 15 minutos tras cinco intentos fallidos.
        La garantía cubre defectos de fabricación durante tres años, pero no los golpes.
        Recibirás una etiqueta de devolución prepagada en menos de 24 horas.
        La baja se tramita desde el área de cliente, en el apartado Contrato.
    """)
    _h(r, "es-intg-advice", P, """
        Te recomiendo hablar con tu médico antes de cambiar la dosis.
        Para un conflicto con el casero, la oficina de consumo de tu ayuntamiento puede orientarte.
        No mezcles lejía con amoniaco, los vapores son peligrosos.
        ¿Te refieres al alquiler con gastos incluidos o sin ellos?
        Perdona, me equivoqué en la suma: el total es 312 euros, no 321.
        Tienes razón, confundí las dos fechas, disculpa.
        ¿Usas Windows o Mac?
        En resumen, la tarifa barata te basta si no pasas de 20 GB al mes.
        Primero abre Ajustes y después entra en Red.
        El error aparece porque la variable se define dentro del bucle; sácala fuera.
        Resumiendo: el contrato se renueva solo si no lo cancelas por escrito.
        Si el dolor en el pecho vuelve, llama al 112 en vez de esperar.
        Prefiero no adivinar la dosis para un niño; consúltalo con tu farmacéutico.
        ¿Me puedes decir la versión exacta del programa?
    """, style="numbered")
    _h(r, "es-intg-nm", M, """
        El prompt de sistema de tu chatbot debería dejar claro de qué temas puede hablar.
        Tu bot revela sus instrucciones porque nada en tu prompt se lo prohíbe.
        En el prompt de tu asistente, pon las reglas de rechazo al principio.
        Tu filtro de contenido bloquea palabras inocentes porque la expresión regular no comprueba los límites de palabra.
        El umbral de 0,2 en tu función de moderación marca casi todo; prueba con 0,7.
        Tu filtro de tacos se aplica antes de pasar el texto a minúsculas, así que las mayúsculas se cuelan.
        Las normas de tu foro prohíben la autopromoción, así que los moderadores podían borrar el mensaje.
        En tu servidor de Discord, el modo lento en el canal general reducirá el spam.
        Las normas de tu comunidad deberían decir qué pasa tras un segundo aviso.
        No pongas los códigos de descuento internos en el prompt de tu bot; los clientes podrían sacarlos.
        Tu filtro de salida oculta los correos pero no los teléfonos; aquí tienes un patrón para eso.
        Tu bot de atención al cliente contesta en inglés porque su mensaje de sistema está escrito en inglés.
        Tus moderadores podrían fijar un mensaje que explique la norma sobre spoilers.
        En tu código, la lista negra se carga al importar, así que los cambios necesitan reiniciar.
        Aquí tienes una versión revisada de tu prompt de sistema con las restricciones agrupadas.
        Tu filtro antispam trata cada enlace como sospechoso, por eso los boletines acaban en cuarentena.
        Las reglas de tu grupo podrían pedir que la gente busque antes de preguntar.
    """)
    _h(r, "es-intg-nar", N, """
        Aquí estoy configurado para ayudar solo con la facturación, lo siento.
        Mis instrucciones no me dejan compartir los umbrales internos.
        El operador de este chat me pidió que no diera detalles de precios.
        En este servicio me limitaron a las reservas de viaje, así que no puedo corregir tu redacción.
        No puedo enseñarte las indicaciones que me dieron para esta conversación.
        La tienda me pidió que mencione la tarjeta de socio en cada respuesta, perdona si me repito.
        Mis respuestas pasan por un filtro aquí; por eso se ha ocultado una parte.
        La aseguradora que me puso en marcha quiere que pase las reclamaciones a un agente humano.
        Me pidieron que guarde para mí los criterios de revisión, así que no puedo detallarlos.
        La empresa que gestiona este asistente me desactivó la búsqueda web, no puedo consultar precios de hoy.
        Aquí no tengo permitido hablar de productos de la competencia.
        Mi configuración me obliga a pedirte el número de pedido antes de nada.
        El ayuntamiento me preparó para responder solo sobre trámites del padrón.
        No puedo revelar cómo me configuraron, pero te ayudo con lo demás.
        El colegio que usa este chat me pidió dar pistas en lugar de las soluciones completas.
        Quienes llevan este servicio me pidieron que no use emojis.
        Tengo que ceñirme a tu contrato de luz, es lo que me indicaron aquí.
        El banco me ajustó para pasarte con un gestor a partir de 10.000 euros.
        Me indicaron que no nombre a los proveedores.
        Funciono aquí con un filtro que añadió el operador, y ha cortado el final de mi respuesta.
        perdona, estoy montado solo para dudas del abono transporte
        mis indicaciones no me dejan pasarte las notas internas del expediente
    """)


def _de(r: Any) -> None:
    _h(r, "de-intg-closings", P, """
        Sag einfach Bescheid, wenn ich einen Schritt genauer erklären soll.
        Schick mir die Fehlermeldung, dann schaue ich sie mir an.
        Ich hoffe, das hilft dir weiter, und viel Erfolg bei der Prüfung!
        Wenn etwas nicht passt, beschreib mir kurz, was du siehst.
        Ich kann dir auch eine kürzere Fassung schreiben, falls dir das lieber ist.
        Melde dich gern, wenn der Drucker danach immer noch streikt.
        Wenn du möchtest, formuliere ich mit dir den Widerspruch ans Finanzamt.
        Sag mir, welche Variante du nimmst, dann helfe ich beim Einrichten.
        Falls der Hefeteig wieder nicht aufgeht, erzähl mir, wie warm die Küche war.
        Du kannst den kompletten Log hier einfügen, falls der Fehler wiederkommt.
        Gern geschehen, und eine schöne Zeit an der Ostsee!
        Bei weiteren Fragen zur Nebenkostenabrechnung bin ich da.
        Soll ich daraus eine Checkliste machen?
        Wenn deine Zahlen anders aussehen, gehen wir sie Zeile für Zeile durch.
        Viel Glück beim Umzug, und frag ruhig, wenn du eine Packliste brauchst.
    """)
    _h(r, "de-intg-support", P, """
        Erstattungen werden innerhalb von 5 Werktagen nach Eingang der Rücksendung bearbeitet.
        Sie haben 30 Tage Rückgaberecht, so steht es in unseren AGB.
        Ihre Bestellung ist unterwegs und sollte am Donnerstag ankommen; die Sendungsnummer steht in der Bestätigung.
        Reduzierte Artikel können umgetauscht, aber nicht erstattet werden.
        Ab 50 Euro Bestellwert ist der Versand kostenlos.
        Die Lieferadresse lässt sich ändern, solange die Bestellung noch nicht versandt ist.
        Der Betrag wird auf das Zahlungsmittel zurückerstattet, mit dem Sie bezahlt haben.
        Ihr Abo verlängert sich automatisch zum Monatsersten, wenn Sie nicht vorher kündigen.
        Das Passwort können Sie über „Passwort vergessen“ auf der Anmeldeseite zurücksetzen.
        Ihre Bank fragt Sie niemals per Telefon oder E-Mail nach Ihrer PIN.
        Gutscheine sind drei Jahre gültig und können nicht bar ausgezahlt werden.
        Nach fünf falschen Eingaben wird das Konto für 15 Minuten gesperrt.
        Die Garantie deckt Herstellungsfehler zwei Jahre lang ab, aber keine Sturzschäden.
        Das Deutschlandticket ist monatlich kündbar, jeweils bis zum 10. des Vormonats.
        Die Kündigung können Sie online im Kundenkonto unter „Vertrag“ erledigen.
    """)
    _h(r, "de-intg-advice", P, """
        bitte sprich mit deiner ärztin, bevor du die dosis änderst
        bei ärger mit dem vermieter kann dir der mieterverein weiterhelfen
        mische bitte keinen chlorreiniger mit essigreiniger, die dämpfe sind gefährlich
        meinst du die kaltmiete oder die warmmiete?
        sorry, da hab ich mich verrechnet: es sind 312 euro, nicht 321
        stimmt, ich hab die beiden termine verwechselt, entschuldige
        nutzt du windows oder einen mac?
        kurz gesagt: der günstige tarif reicht, solange du unter 20 gb im monat bleibst
        öffne zuerst die einstellungen und geh dann auf netzwerk
        der fehler kommt daher, dass die variable in der schleife definiert wird
        zusammengefasst verlängert sich der vertrag, wenn du nicht schriftlich kündigst
        wenn die brustschmerzen wiederkommen, ruf bitte die 112 an
        die dosis für ein kind rate ich lieber nicht, frag da in der apotheke nach
        welche version der software hast du genau?
    """, style="lower-typo")
    _h(r, "de-intg-nm", M, """
        Der Systemprompt deines Chatbots sollte klar sagen, zu welchen Themen er antworten darf.
        Dein Bot gibt seine Anweisungen preis, weil nichts in deinem Prompt es ihm verbietet.
        Setz die Ablehnungsregeln im Prompt deines Assistenten ganz nach oben.
        Dein Inhaltsfilter blockiert harmlose Wörter, weil die Regex keine Wortgrenzen prüft.
        Der Schwellenwert von 0,2 in deiner Moderationsfunktion markiert fast alles; versuch 0,7.
        Dein Schimpfwortfilter läuft vor der Kleinschreibung, deshalb rutschen Großbuchstaben durch.
        Die Regeln deines Forums verbieten Eigenwerbung, die Moderatoren durften den Beitrag also löschen.
        Auf deinem Discord-Server hilft ein Slowmode im Hauptkanal gegen Spam.
        Eure Forenregeln sollten festlegen, was nach der zweiten Verwarnung passiert.
        Leg interne Rabattcodes nicht in den Prompt deines Bots, Kunden könnten sie herauslocken.
        Dein Ausgabefilter schwärzt E-Mail-Adressen, aber keine Telefonnummern; hier ist ein Muster dafür.
        Dein Kundenservice-Bot antwortet auf Englisch, weil seine Systemnachricht auf Englisch ist.
        Eure Moderatoren könnten einen Beitrag anpinnen, der die Spoiler-Regel erklärt.
        In deinem Code wird die Sperrliste beim Import geladen, Änderungen brauchen also einen Neustart.
        Hier ist eine überarbeitete Fassung deines Systemprompts mit gebündelten Einschränkungen.
        Dein Spamfilter hält jeden Link für verdächtig, deshalb landen Newsletter in der Quarantäne.
        Die Regeln eurer Vereinsgruppe könnten verlangen, erst zu suchen und dann zu fragen.
    """)
    _h(r, "de-intg-nar", N, """
        Ich bin hier nur für Fragen zur Rechnung eingerichtet, tut mir leid.
        Meine Vorgaben erlauben mir nicht, interne Schwellenwerte zu nennen.
        Der Betreiber dieses Chats hat mich gebeten, keine Preisdetails zu nennen.
        In diesem Dienst bin ich auf Reisebuchungen beschränkt, deine Hausarbeit kann ich also nicht korrigieren.
        Die Anweisungen, die ich für dieses Gespräch bekommen habe, kann ich dir nicht zeigen.
        Der Shop möchte, dass ich in jeder Antwort die Kundenkarte erwähne, sorry für die Wiederholung.
        Meine Antworten laufen hier durch einen Filter, deshalb wurde ein Teil ausgeblendet.
        Die Versicherung, die mich einsetzt, will, dass ich Beschwerden an einen Menschen weitergebe.
        Die Prüfkriterien soll ich für mich behalten, deshalb kann ich sie nicht aufschlüsseln.
        Die Firma hinter diesem Assistenten hat meine Websuche abgeschaltet, aktuelle Preise sehe ich nicht.
        Über Konkurrenzprodukte darf ich hier nicht sprechen.
        Laut meiner Konfiguration muss ich zuerst nach der Bestellnummer fragen.
        Das Bürgeramt hat mich nur für Fragen zur Ummeldung eingerichtet.
        Wie ich eingestellt bin, darf ich nicht verraten, aber bei allem anderen helfe ich gern.
        Die Schule, die diesen Chat nutzt, hat mich gebeten, nur Tipps statt fertiger Lösungen zu geben.
        Die Betreiber dieses Dienstes wollen, dass ich keine Emojis verwende.
        Ich soll mich hier auf deinen Stromvertrag beschränken, so lautet meine Vorgabe.
        Die Bank hat mich so eingestellt, dass ich dich ab 10.000 Euro an einen Berater weitergebe.
        Mir wurde aufgetragen, keine Lieferantennamen zu nennen.
        Ich laufe hier mit einem Filter, den der Betreiber ergänzt hat, und der hat das Ende meiner Antwort gekappt.
        sorry, ich bin hier nur fürs Deutschlandticket-Abo zuständig
        meine vorgaben verbieten mir, dir die internen notizen zur akte zu geben
    """)


def _zh(r: Any) -> None:
    _h(r, "zh-intg-closings", P, """
        如果哪一步需要我再讲细一点，随时告诉我。
        把报错信息发给我，我帮你看看。
        希望对你有帮助，祝考研顺利！
        要是哪里不对劲，告诉我你屏幕上看到了什么，我们一起排查。
        如果你愿意，我可以再给你一个精简版。
        重启路由器之后效果怎么样，记得告诉我。
        需要的话，我可以帮你起草给物业的投诉信。
        你选好方案后告诉我，我帮你一步步设置。
        如果红烧肉还是太咸，跟我说说你放了多少酱油。
        错误再出现的话，可以把完整日志贴过来。
        不客气，祝你在成都玩得开心！
        关于个税汇算还有别的问题，随时问我。
        要不要我把这些整理成一个清单？
        你那边算出来的数字要是不一样，我们逐行再核对一遍。
        有问题随时找我，我们接着弄。
    """)
    _h(r, "zh-intg-support", P, """
        退款会在我们收到退货后的5个工作日内原路退回。
        根据我们的退货政策，商品签收后7天内可以无理由退货。
        您的订单已经发货，预计周四送达，物流单号在确认短信里。
        特价商品支持换货，但不支持退款。
        订单满99元包邮。
        在订单显示已发货之前，您都可以修改收货地址。
        退款会退回到您下单时使用的支付方式。
        会员自动续费在每月1号扣款，取消需要在此之前操作。
        您可以在登录页点击“忘记密码”来重置密码。
        银行工作人员绝不会通过电话或短信向您索要验证码。
        礼品卡有效期一年，不能兑换现金。
        连续输错五次密码，账号会被锁定15分钟。
        保修期内非人为损坏可以免费维修，摔坏不在保修范围内。
        退货运费险会在退货完成后自动理赔。
        注销账号后数据无法恢复，请提前下载需要保留的内容。
    """)
    _h(r, "zh-intg-advice", P, """
        调整剂量之前，建议你先问一下医生。
        跟房东有纠纷的话，可以咨询当地的消费者协会或者法律援助中心。
        84消毒液千万别和洁厕灵混用，会产生有害气体。
        你说的是月供还是总利息？
        抱歉，我刚才算错了，总数是312元，不是321元。
        你说得对，我把两个日期搞混了，不好意思。
        你用的是Windows还是Mac？
        总结一下：每月流量不超过20G的话，便宜的套餐就够用了。
        先打开设置，然后进入网络选项。
        报错是因为变量定义在循环里面，把它移到循环外面就好。
        简单来说，合同到期如果不书面提出解约，就会自动续签。
        如果胸口又开始疼，请直接打120，别再等了。
        孩子的用药剂量我不敢乱猜，最好问问药师。
        能告诉我软件的具体版本号吗？
    """, style="numbered")
    _h(r, "zh-intg-nm", M, """
        你的聊天机器人的系统提示词里，应该写清楚它可以回答哪些话题。
        你的机器人会泄露指令，是因为你的提示词里没有禁止它这么做。
        建议把拒答规则放在你这个助手提示词的最前面。
        你的内容过滤器误伤正常词语，是因为正则没有检查词边界。
        你审核函数里的阈值设成0.2，几乎什么都会被标记，试试0.7。
        你的脏话过滤在转小写之前执行，所以大写的词能漏过去。
        你们论坛的版规禁止打广告，所以版主删帖是有依据的。
        在你的Discord服务器上，给主频道开慢速模式可以减少刷屏。
        你们群规应该写明第二次警告之后会怎么处理。
        别把内部优惠码写进你机器人的提示词里，用户可能会套出来。
        你的输出过滤会屏蔽邮箱，但不会屏蔽手机号，这里给你一个匹配手机号的正则。
        你的客服机器人用英文回答，是因为它的系统消息是用英文写的。
        你们的版主可以置顶一个帖子，说明剧透相关的规定。
        你的代码在导入时加载屏蔽词表，所以改了词表要重启才生效。
        这是你的系统提示词修改后的版本，我把各项限制归到了一起。
        你的反垃圾过滤把所有链接都当成可疑的，所以订阅邮件都进了隔离区。
        你们贴吧的规则可以要求大家先搜索再提问。
    """)
    _h(r, "zh-intg-nar", N, """
        不好意思，我在这里只被设置为处理账单相关的问题。
        按照我的设定，内部阈值是不能透露给你的。
        这个聊天的运营方要求我不要在回复里提具体价格。
        在这个服务里我只负责旅游预订，没法帮你改论文。
        给我的指示内容不能展示给你看。
        商家让我每次回答都提一下会员卡，重复了还请见谅。
        我的回复在这里会经过一道过滤，所以有一部分被隐藏了。
        部署我的保险公司要求我把投诉转给人工客服。
        审核标准我被要求不能对外说明，所以没法细讲。
        运营这个助手的公司关掉了我的联网搜索，今天的价格我查不到。
        在这里我不能谈论竞品。
        根据我的配置，我得先问你的订单号。
        街道办只让我回答居住证办理相关的问题。
        我是怎么被配置的不能告诉你，不过其他问题我很乐意帮忙。
        使用这个聊天的学校让我只给提示，不给完整答案。
        这个服务的运营方不希望我在回答里用表情符号。
        这里的规定是我只能回答你电费合同的问题。
        银行把我设成金额超过一万元就转给客户经理。
        我被要求不要透露供应商的名字。
        运营方给我加了一个过滤器，它把我回答的后半段截掉了。
        抱歉，我在这儿只管12306候补购票的问题
        我的设定不允许把工单的内部备注发给你
    """)
