# FAQ content for Harbourline Bank faq.html (written blind).
# SECTIONS: (section id, heading, intro or "", [(question, answer html), ...])
SECTIONS = [
("everyday", "Everyday Account", "Our standard transaction account with a Visa Debit card.", [
("What is the Everyday Account?", """<p>A transaction account for your day-to-day spending and bills. It comes with a Visa Debit card, online and app banking, and free withdrawals at Harbourline ATMs.</p>"""),
("Who can open one?", """<p>Anyone aged 12 or over with a residential address in Australia. If you're under 16, a parent or guardian needs to come into a branch with you.</p>"""),
("What is the minimum balance?", """<p>There is no minimum balance. You can open an Everyday Account with $0.</p>"""),
("Are there monthly fees?", """<p>The monthly account fee is $4. We waive it for any month in which:</p>
<ul><li>you deposit $1,000 or more into the account (transfers from your other Harbourline accounts don't count);</li>
<li>you are under 25; or</li>
<li>you hold an eligible concession card and have registered it with us.</li></ul>"""),
("Does it earn interest?", """<p>No. The Everyday Account doesn't pay interest. To earn interest, link a Bonus Saver to it.</p>"""),
("Can I get an overdraft?", """<p>If you're 18 or over you can apply for an arranged overdraft of $500 to $5,000, subject to approval. Interest on an arranged overdraft is 13.95% p.a. If your account goes overdrawn without an arrangement, interest is charged at 17.95% p.a. on the overdrawn amount. We don't charge overdraft or dishonour fees.</p>"""),
("Can I use my card overseas?", """<p>Yes, anywhere Visa is accepted. On the Everyday Account a foreign transaction fee of 3% applies to purchases and withdrawals in a foreign currency, and each overseas ATM withdrawal costs $5. Premier Account cards don't have these fees.</p>"""),
]),
("premier", "Premier Account", "For customers who keep a higher balance.", [
("What do I get with the Premier Account?", """<ul><li>No overseas ATM fee and no foreign transaction fee on your Visa Debit card</li>
<li>Free international transfers sent online, and no fee to receive one</li>
<li>Free bank cheques</li>
<li>A higher daily ATM and EFTPOS cash limit of $2,000</li></ul>"""),
("Who can open one?", """<p>You must be 18 or over and live in Australia. Joint Premier Accounts can have up to 2 account holders.</p>"""),
("What is the minimum balance?", """<p>To avoid the $15 monthly account fee, keep at least $5,000 in your Premier Account at all times. If the end-of-day balance falls below $5,000 on any day in a month, the fee is charged for that month.</p>"""),
("Does it earn interest?", """<p>Yes. We pay 0.25% p.a. (variable) on the whole balance on each day it is $5,000 or more. No interest is paid for days when the balance is below $5,000. Interest is paid monthly.</p>"""),
("Can I change from Everyday to Premier?", """<p>Yes. In the app go to Account settings &gt; Change account type, or ask in a branch. Your BSB, account number and card stay the same, and the change takes effect from the next business day.</p>"""),
]),
("bonus", "Bonus Saver", "An online savings account that pays bonus interest when you save every month.", [
("Who can open one?", """<p>Anyone, of any age, as long as they also hold an Everyday or Premier Account to link it to. For children under 12, a parent or guardian opens and operates the account on their behalf until the child turns 12.</p>"""),
("What is the minimum balance?", """<p>There's no minimum balance. Bonus interest is paid on balances up to $250,000; any amount above $250,000 earns the base rate only.</p>"""),
("Does it earn interest?", """<p>Yes. The base rate is 0.85% p.a. (variable). In any month you meet the bonus conditions you also earn a bonus rate of 3.90% p.a., for a total of 4.75% p.a.</p>"""),
("How do I earn bonus interest?", """<p>You earn bonus interest for a calendar month when you:</p>
<ol><li>deposit at least $200 into the Bonus Saver (interest and transfers from another Harbourline savings account don't count), and</li>
<li>make no withdrawals from it during the month.</li></ol>
<p>Fees we charge are not treated as withdrawals.</p>"""),
("How is interest paid?", """<p>Interest is calculated daily and paid on the last day of each month. Bonus interest for a month is paid together with the base interest on that day.</p>"""),
("Can I take money out?", """<p>Yes, at any time. Transfer to your linked account in the app, free of charge. A withdrawal means you won't get bonus interest for that month. Over-the-counter withdrawals in a branch cost $3.00 each.</p>"""),
("Does the Bonus Saver have a card?", """<p>No. The Bonus Saver has no card and no direct debits. Move money to your linked account first.</p>"""),
]),
("term-deposit", "Term Deposits", "Lock in a fixed rate for a term from 1 to 60 months.", [
("What is the minimum balance?", """<p>The minimum deposit is $5,000 for terms under 12 months and $1,000 for terms of 12 months or more. The maximum is $2 million per Term Deposit.</p>"""),
("How is interest paid?", """<p>For terms of 12 months or less, interest is paid at maturity. For terms over 12 months, interest is paid annually and at maturity. On terms of 12 months or more you can instead choose to have interest paid monthly, at a slightly lower rate.</p>"""),
("Can I withdraw early?", """<p>Yes, but you need to give us 31 days' notice, and an interest adjustment will reduce the interest you earn. We waive the notice period in cases of financial hardship or the death of a deposit holder. Partial withdrawals aren't available - the whole deposit is withdrawn.</p>"""),
("What happens at maturity?", """<p>We'll write to you at least 14 days before the maturity date. Unless you tell us otherwise, your deposit is automatically reinvested for the same term at the rate that applies on the maturity date. You then have a 7-day grace period to withdraw or change your term without an interest adjustment.</p>"""),
("Can I add money during the term?", """<p>No. You can only add funds at maturity or during the 7-day grace period.</p>"""),
("Where can I see today's rates?", """<p>Our current Term Deposit and Flexi Term Deposit rates are in the rates table published with this page and in the app. Rates depend on the term, how interest is paid, and the amount you invest.</p>"""),
]),
("flexi", "Flexi Term Deposit", "A 6 or 12-month term deposit with one free partial withdrawal.", [
("How much do I need to open one?", """<p>You need at least $10,000, up to $1 million. After a partial withdrawal the balance must stay at $8,000 or more.</p>"""),
("How is interest paid?", """<p>Interest is paid at maturity only.</p>"""),
("Can I withdraw early?", """<p>Yes. Once during the term you can withdraw up to 20% of your opening balance with no notice and no interest adjustment. Any other withdrawal, or closing the deposit early, needs 31 days' notice, and the interest rate on the amount withdrawn is reduced to 0.50% p.a. for the whole time it was invested.</p>"""),
("What happens at maturity?", """<p>The Flexi Term Deposit does not roll over. At maturity we pay the balance plus interest into your linked Harbourline transaction account.</p>"""),
]),
("futuresave", "FutureSave Plan", "A regular savings plan with life cover, issued by Harbourline Life Limited.", [
("What is the FutureSave Plan?", """<p>A savings plan with built-in life cover. You choose a 10 or 15-year term and pay a fixed monthly contribution of $50 to $1,000. It is issued by Harbourline Life Limited and arranged by Harbourline Bank. It is an insurance product, not a bank deposit, so it isn't covered by the government deposit guarantee.</p>"""),
("What happens at maturity?", """<p>At the end of the term we pay you the maturity value: the sum assured plus any bonuses added to the plan, plus any terminal bonus. Life cover stops on the maturity date. We pay within 10 business days of receiving your completed maturity claim form.</p>"""),
("Can I withdraw early?", """<p>You can surrender (cash in) the plan at any time, but you'll get the surrender value, which may be less than you've paid in. No surrender value is payable in the first 2 years. Your life cover ends when you surrender. Partial withdrawals aren't allowed.</p>"""),
("What if I die during the term?", """<p>We pay a death benefit to your nominated beneficiary or your estate. It's the sum assured plus bonuses added to date, or 105% of the contributions paid, whichever is higher.</p>"""),
("What if I miss a contribution?", """<p>Each contribution has a 30-day grace period. If a contribution is still unpaid after 30 days, the plan lapses and cover ends, unless it has a surrender value - in that case it becomes paid-up, and cover continues at a reduced amount.</p>"""),
("Is there a cooling-off period?", """<p>Yes, 30 days from the day you receive your policy documents. If you cancel in that time we refund all contributions in full.</p>"""),
]),
("low-rate", "Low Rate Credit Card", "A simple card with a low purchase rate.", [
("What is the interest rate?", """<p>12.99% p.a. on purchases and 21.99% p.a. on cash advances. Both rates are variable.</p>"""),
("Is there an annual fee?", """<p>Yes, $59 a year, charged on your first statement and every 12 months after that.</p>"""),
("How long is the interest-free period?", """<p>Up to 55 days on purchases, provided you pay the closing balance in full by the due date each month. There's no interest-free period on cash advances.</p>"""),
("Can I add an additional cardholder?", """<p>Yes, you can add one additional cardholder aged 16 or over, at no extra cost.</p>"""),
("What is the minimum credit limit?", """<p>$1,000. The maximum credit limit is $10,000.</p>"""),
("Can I do a balance transfer?", """<p>Yes, balance transfers are available on the Low Rate card only. New cardholders get 0% p.a. for 12 months on balances transferred within 60 days of card approval, with a one-off balance transfer fee of 2%. Any amount still owing after 12 months is charged the cash advance rate.</p>"""),
]),
("rewards", "Rewards Credit Card", "Earn points on everyday purchases.", [
("What is the interest rate?", """<p>20.99% p.a. on purchases and 21.99% p.a. on cash advances. Both rates are variable.</p>"""),
("Is there an annual fee?", """<p>Yes, $149 a year. New Rewards cardholders pay $0 in their first year.</p>"""),
("How long is the interest-free period?", """<p>Up to 44 days on purchases when you pay the full closing balance by the due date.</p>"""),
("Can I add an additional cardholder?", """<p>Yes, up to 4 additional cardholders aged 16 or over. Each one costs $20 a year.</p>"""),
("What is the minimum credit limit?", """<p>$6,000.</p>"""),
("How do I earn points?", """<p>You earn 1 point for every $1 spent on eligible purchases, up to 3,000 points per statement period. These don't earn points:</p>
<ul><li>cash advances and balance transfers</li><li>fees and interest</li><li>gambling transactions</li><li>payments to government bodies</li></ul>
<p>Points expire 3 years after the month they're earned.</p>"""),
]),
("cards", "Debit and credit cards - general", "", [
("What is the minimum repayment on my credit card?", """<p>2% of the closing balance or $25, whichever is greater. If the closing balance is less than $25, you must pay it in full.</p>"""),
("What is my daily cash withdrawal limit?", """<p>The daily limit for ATM and EFTPOS cash out is $1,000 on Everyday Account cards and $2,000 on Premier Account cards. You can lower it in the app at any time.</p>"""),
("How do I activate my new card?", """<p>In the app, go to Cards &gt; Activate card. Or call 1300 975 707 from the mobile number we have on file.</p>"""),
("How long does a new card take to arrive?", """<p>Cards are posted within 5 business days to an Australian address. You can use the digital card in the app and add it to your phone's wallet straight away.</p>"""),
]),
("fixed-pl", "Fixed Rate Personal Loan", "Borrow $5,000 to $50,000 over 1 to 7 years at a fixed rate.", [
("What is the interest rate?", """<p>8.49% p.a. fixed (comparison rate 9.35% p.a.) for the life of the loan.</p>"""),
("Can I make extra repayments?", """<p>Yes, at any time with no fee. If you pay out the whole loan within the first 2 years, an early repayment fee of $150 applies.</p>"""),
]),
("variable-pl", "Variable Rate Personal Loan", "Borrow $5,000 to $50,000 over 1 to 7 years at a variable rate.", [
("What is the interest rate?", """<p>9.99% p.a. variable (comparison rate 10.85% p.a.). The rate can go up or down.</p>"""),
("Can I make extra repayments?", """<p>Yes. Extra repayments and paying the loan out early are free at any time. Extra repayments can't be redrawn.</p>"""),
]),
("personal-loans", "Personal loans - fees and applying", "", [
("What fees apply to personal loans?", """<p>Both personal loans have a $195 establishment fee and a $10 monthly service fee. A late payment fee of $20 applies if a repayment is more than 7 days overdue. The full list is in our fee schedule.</p>"""),
("How quickly will I get a decision?", """<p>Most applications get a decision within 1 business day. Once you accept the loan contract, the money is usually in your account within 2 business days.</p>"""),
]),
("basic-home", "Basic Variable Home Loan", "A no-frills variable rate home loan.", [
("Can I make extra repayments?", """<p>Yes, unlimited extra repayments at no cost. You can redraw extra repayments online at any time; the minimum redraw is $500.</p>"""),
("Is there an offset account?", """<p>Yes. You can link a 100% offset account for a fee of $10 a month.</p>"""),
]),
("fixed-home", "Fixed Home Loan", "Fix your rate for 1 to 5 years.", [
("Can I make extra repayments?", """<p>You can pay up to $10,000 extra in each year of the fixed term without a break cost. If you pay more than that, or repay the loan in full during the fixed term, a break cost may apply. Redraw isn't available during the fixed term.</p>"""),
("Is there an offset account?", """<p>No. Offset accounts aren't available on the Fixed Home Loan.</p>"""),
]),
("home-loans", "Home loans - general", "", [
("How much deposit do I need to buy a home?", """<p>Usually 20% of the property value. If you're buying a home to live in, we can lend up to 95% of the value (a 5% deposit), but lenders mortgage insurance will apply for anything over 80%.</p>"""),
]),
("payments", "Payments and transfers", "", [
("What are my daily transfer limits?", """<p>The standard daily limit for payments to other people (Pay Anyone) is $5,000. You can raise it to as much as $25,000 in the app after confirming a one-time SMS code. Transfers between your own Harbourline accounts have no daily limit.</p>"""),
("When will my transfer arrive?", """<p>Fast payments to most Australian banks arrive within a minute. Standard transfers made before 5:30pm Sydney time on a business day are sent the same day and usually arrive the next business day. Transfers made later, or on a weekend or public holiday, are sent the next business day.</p>"""),
("How do I send money overseas?", """<p>Use International Transfer in the app or visit a branch. The fee is $20 online or $30 in a branch, and $0 online for Premier Account holders. Transfers made before 3pm Sydney time on a business day are sent the same day. The recipient's bank and any intermediary banks may also charge fees.</p>"""),
("How do I receive money from overseas?", """<p>Give the sender our SWIFT code HLBKAU2X, your BSB and your account number. We charge $12 to receive an international transfer, except into a Premier Account.</p>"""),
("I paid the wrong account - can I get it back?", """<p>Call us on 1300 975 707 as soon as you notice. We'll ask the other bank to return the money. How it's handled depends on how quickly you report it - see clause 7 of our Terms and Conditions.</p>"""),
("Can I cancel a scheduled payment?", """<p>Yes, up until 11:59pm Sydney time the day before it's due. Go to Payments &gt; Scheduled in the app.</p>"""),
]),
("lost-stolen", "Lost, stolen and retained cards", "", [
("My card is lost or stolen. What do I do?", """<ol><li>Lock your card straight away in the app (Cards &gt; Lock card).</li>
<li>Call us on 1300 975 708, 24 hours a day, 7 days a week. From overseas call +61 2 5550 4108.</li>
<li>We'll cancel the card and send you a new one.</li></ol>"""),
("An ATM kept my card. What now?", """<p>If it was a Harbourline ATM, the card is destroyed and we'll send you a new one automatically within 5 business days. If it was another bank's ATM, call us on 1300 975 708 so we can cancel it and order a replacement.</p>"""),
("How much is a replacement card?", """<p>Your first replacement card in any 12 months is free. After that, it's $10 per card. An emergency replacement card sent to you overseas costs $50.</p>"""),
("I found my card after reporting it lost. Can I use it?", """<p>If you only locked it in the app, just unlock it. If you reported it lost or stolen and we cancelled it, it can't be reactivated - cut it up and use your replacement.</p>"""),
]),
("fraud", "Fraud and scams", "", [
("I think I've been scammed. What should I do?", """<p>Call us immediately on 1300 975 708 (24/7). The sooner you tell us, the better the chance we can stop or recover the payment. Then change your online banking password and report the scam to the police.</p>"""),
("Will Harbourline ever ask for my password or code?", """<p>No. We will never ask for your password, PIN or one-time SMS code - not by phone, email or SMS - and we will never ask you to move money to a "safe account".</p>"""),
("I got a suspicious email or text claiming to be from you.", """<p>Don't click any links or reply. Forward it to hoax@harbourline.example and then delete it.</p>"""),
("Will I get my money back if someone used my card without permission?", """<p>If a transaction wasn't authorised by you and you didn't contribute to the loss, you won't be liable for it. We aim to finish investigating within 21 days. Our Terms and Conditions explain when you may be liable.</p>"""),
("Do I need to tell you before I travel?", """<p>No. Just make sure your mobile number is up to date so we can contact you if we notice unusual transactions.</p>"""),
]),
("disputes", "Disputed transactions", "", [
("How do I dispute a card transaction?", """<p>Contact the merchant first. If that doesn't fix it, tell us within 120 days of the transaction date - tap the transaction in the app and choose Dispute, or call us. We aim to resolve disputes within 45 days, and we'll tell you if a complex dispute will take longer.</p>"""),
("What kinds of transactions can I dispute?", """<ul><li>Duplicate or incorrect charges</li><li>Goods or services you paid for but didn't receive</li><li>A subscription charged after you cancelled it</li><li>A refund the merchant promised but didn't process</li></ul>"""),
("Will I get the money back while you investigate?", """<p>We may give you a temporary credit while we investigate. If the dispute isn't successful, we'll reverse the credit and tell you at least 7 days beforehand.</p>"""),
("There's a direct debit I didn't agree to.", """<p>Tell us and we'll stop it and raise a claim with the debit user's bank. You can also ask us to cancel any direct debit at any time - you don't have to contact the business first.</p>"""),
]),
("complaints", "Complaints", "", [
("How do I make a complaint?", """<ul><li>Call 1300 975 707</li><li>Use the form at www.harbourline.example/complaints</li><li>Visit any branch</li>
<li>Write to Customer Resolutions, Harbourline Bank, Reply Paid 8800, Port Alder NSW 2999</li></ul>"""),
("How long will my complaint take?", """<p>We try to resolve complaints on the spot. If we can't, we'll acknowledge your complaint within 1 business day and give you our final response within 30 calendar days. Complaints about financial hardship or a default notice get a final response within 21 calendar days.</p>"""),
("What if I'm not happy with the outcome?", """<p>You can take your complaint to the Independent Banking Review Service (IBRS), a free external dispute service, on 1800 160 411 or at www.ibrs.example. Time limits may apply - see our Terms and Conditions.</p>"""),
]),
("hardship", "Financial hardship", "", [
("I'm struggling to make my repayments.", """<p>Contact our Financial Assist team on 1300 975 709 (Monday to Friday, 8am to 8pm) as early as you can. Depending on your situation, we may be able to:</p>
<ul><li>defer your repayments for up to 3 months</li><li>reduce your repayments for a period</li><li>extend your loan term</li><li>waive some fees and charges</li></ul>
<p>We'll give you a decision within 21 days of receiving the information we need.</p>"""),
("Will asking for help hurt my credit report?", """<p>Asking for help doesn't go on your credit report. If we agree to an arrangement we must report it, but it won't be recorded as a missed repayment.</p>"""),
("Will you stop chasing me while you assess my request?", """<p>Yes. We won't start collection or enforcement action while we're assessing your request.</p>"""),
]),
("deceased", "Deceased customers", "", [
("How do I let you know someone has died?", """<p>Call our Bereavement team on 1300 975 710 (Monday to Friday, 9am to 5pm) or visit a branch. Please bring the death certificate (original or certified copy) and your own ID. We'll stop any cards and freeze accounts held only in the deceased's name.</p>"""),
("Can the estate get the money without probate?", """<p>If the total in the deceased's accounts is $50,000 or less, we can usually release the money without probate, once we receive a signed indemnity. For more than $50,000 we need a grant of probate or letters of administration.</p>"""),
("Can you pay the funeral bill?", """<p>Yes. We can pay the funeral director's invoice directly from the deceased's account before probate, up to $15,000.</p>"""),
("What happens to a joint account?", """<p>It passes automatically to the surviving account holder. Send us the death certificate and we'll remove the deceased's name.</p>"""),
("What happens to a Term Deposit?", """<p>We can close it before maturity without the 31-day notice period and without an interest adjustment.</p>"""),
]),
("closing", "Closing an account", "", [
("How do I close my account?", """<p>You can close an Everyday Account, Premier Account or Bonus Saver in the app (Account settings &gt; Close account), by calling 1300 975 707, or in a branch. There's no closing fee. We can't close an account that is overdrawn or has transactions still pending, and a Bonus Saver must be closed before the transaction account it is linked to.</p>"""),
("How do I cancel my credit card?", """<p>Call us on 1300 975 707. You'll need to repay the full balance, including any transactions not yet processed. Unredeemed Rewards points are lost when the card is closed. If you close your card within 30 days after the annual fee is charged, we'll refund the annual fee.</p>"""),
("Can Harbourline close my account?", """<p>Yes. If an account has a zero balance and no transactions for 12 months, we may close it after giving you 30 days' notice. Our Terms and Conditions list the other situations where we can close an account.</p>"""),
]),
]
