# FAQ content for Fernhill Building Society member-faq.html
SECTIONS = [
("current", "Everyday current accounts", [
("What is the difference between Everyday and Everyday Plus?", """
<p>We offer two tiers of current account. Both come with a Visa debit card, online and app banking and access to our branches.</p>
<table class="compare"><thead><tr><th>Feature</th><th>Everyday</th><th>Everyday Plus</th></tr></thead><tbody>
<tr><td>Monthly account fee</td><td>None</td><td>&pound;4 a month</td></tr>
<tr><td>Minimum age</td><td>16</td><td>18</td></tr>
<tr><td>Monthly pay-in requirement</td><td>None</td><td>&pound;1,000 a month</td></tr>
<tr><td>Credit interest</td><td>None</td><td>2.50% AER on balances up to &pound;2,000</td></tr>
<tr><td>Daily cash machine limit</td><td>&pound;500</td><td>&pound;800</td></tr>
<tr><td>Arranged overdraft rate</td><td>29.9% EAR</td><td>24.9% EAR, first &pound;250 interest-free</td></tr>
<tr><td>Spending in other currencies</td><td>Non-sterling transaction fee applies</td><td>No non-sterling transaction fee</td></tr>
</tbody></table>
<p>The full list of charges is in our Tariff of Charges.</p>"""),
("Who can open an Everyday account?", """
<p>You can open an Everyday account if you are 16 or over, live in the UK and are a member of the Society or become one when you open the account. Opening a current account makes you a member automatically.</p>"""),
("What happens if I do not pay in enough to Everyday Plus?", """
<p>Everyday Plus expects at least &pound;1,000 to be paid in each calendar month, not counting transfers from your other Fernhill accounts. If you miss the pay-in for three months in a row, we will write to you and, after giving you two months' notice, move your account to Everyday. Your sort code, account number and card stay the same.</p>"""),
("How does the arranged overdraft work?", """
<p>An arranged overdraft is a limit we agree with you in advance. You can apply in the app; the decision depends on your circumstances.</p>
<ul><li>Everyday: interest is charged at 29.9% EAR on the whole overdrawn balance.</li>
<li>Everyday Plus: the first &pound;250 of your overdraft is interest-free and interest at 24.9% EAR is charged on anything above that.</li>
<li>We do not offer unplanned overdrafts. If a payment would take you past your limit we will normally return it, and we do not charge a fee for doing so.</li></ul>"""),
("Can I get a joint account?", """
<p>Yes. Both Everyday and Everyday Plus can be held by up to two people. Each holder gets their own card, and either of you can operate the account alone.</p>"""),
("Is there an offer for switching to you?", """
<p>If you switch a current account from another provider to an Everyday or Everyday Plus account using the Current Account Switch Service, and pay in at least &pound;1,000 within 60 days of the switch completing, we will pay you &pound;150. The offer is open to switches started by 31 December 2026 and is limited to one payment per member.</p>"""),
]),
("regular", "Regular Saver", [
("Who can open one?", """
<p>The Regular Saver (Issue 7) is open to members aged 16 or over. You can hold one Regular Saver at a time, either in your sole name or jointly with one other person.</p>"""),
("How much can I pay in?", """
<p>You can save between &pound;10 and &pound;250 each calendar month for 12 months. Payments can be made by standing order, by transfer in the app or in a branch. You cannot carry an unused amount forward, so paying &pound;100 in one month does not let you pay &pound;400 the next.</p>"""),
("What if I miss a month?", """
<p>You can miss up to two monthly payments during the 12-month term without any effect on your rate. If you miss a third month, the account stays open but no further payments can be made and the balance carries on earning the same rate until maturity.</p>"""),
("Can I make withdrawals?", """
<p>No. Withdrawals are not permitted from the Regular Saver. If you need the money, you can close the account at any time with no charge, and we will pay the interest earned up to that day. Once closed, it cannot be reopened.</p>"""),
("How is interest paid?", """
<p>Interest is calculated daily and paid in one go when the account matures after 12 months, or when you close it.</p>"""),
("What happens at maturity?", """
<p>When the 12 months are up, we move the balance, including interest, into an Easy Access Saver in your name. You are then free to open a new Regular Saver if one is available.</p>"""),
]),
("easy", "Easy Access Saver", [
("How do the tiered rates work?", """
<p>The Easy Access Saver (Issue 4) pays a variable rate that depends on your balance. The rate for the band your whole balance falls into is paid on the whole balance, not just the part above each threshold.</p>
<table class="rates"><thead><tr><th>Balance</th><th>Rate (AER, variable) at 1 September 2026</th></tr></thead><tbody>
<tr><td>&pound;1 to &pound;9,999</td><td>2.10%</td></tr>
<tr><td>&pound;10,000 to &pound;49,999</td><td>2.60%</td></tr>
<tr><td>&pound;50,000 and over</td><td>3.05%</td></tr>
</tbody></table>
<p>Rates can change. Our rate sheet shows current rates and any change already announced.</p>"""),
("Who can open one?", """
<p>Anyone aged 16 or over who lives in the UK. You can open it with &pound;1 and hold up to &pound;1,000,000. Children under 16 cannot hold this account in their own name.</p>"""),
("Can I make withdrawals?", """
<p>Yes, as often as you like, with no notice and no loss of interest. You can move up to &pound;25,000 a day to your nominated account online, or withdraw more in a branch.</p>"""),
("How is interest paid?", """
<p>Interest is calculated daily and paid once a year on 31 March, into the account itself or to another account of your choice.</p>"""),
("Can I have more than one?", """
<p>Yes, you can hold up to five Easy Access Savers, which some members use to keep money for different goals apart. Each account's rate depends on that account's own balance.</p>"""),
]),
("bonds", "Fixed Rate Bonds", [
("What bonds do you offer?", """
<p>We offer a 1 Year Fixed Bond and a 2 Year Fixed Bond. The rate is fixed for the whole term, so it will not change even if our other rates do.</p>
<ul><li>Minimum deposit: &pound;1,000</li><li>Maximum deposit: &pound;250,000 per bond</li><li>Available to members aged 18 or over</li></ul>"""),
("How much can I pay in?", """
<p>You can pay in as many times as you like during the funding window, which lasts 14 days from the day the bond is opened. After the window closes, no further deposits can be made, even if you are below the maximum.</p>"""),
("Can I make withdrawals?", """
<p>No. You cannot take money out of a bond before it matures. We will only allow the bond to be closed early in limited circumstances, such as the death of a holder or serious financial hardship, and an early closure charge applies except where a holder has died. The charge is set out in our Savings Conditions.</p>"""),
("Can I have more than one?", """
<p>Yes. You can hold as many bonds as you like, but each one is limited to &pound;250,000.</p>"""),
("How is interest paid?", """
<p>Interest is calculated daily and paid on each anniversary of the bond opening and at maturity. You can have it added to the bond or paid to another account, but once the funding window has closed you cannot change that choice.</p>"""),
("What happens at maturity?", """
<p>We will write to you at least 14 days before your bond matures. If we do not hear from you by the maturity date, we will move the money into an Easy Access Saver, where you can withdraw it without penalty.</p>"""),
]),
("isa", "Cash ISA", [
("Who can open one?", """
<p>Our Cash ISA is open to members aged 18 or over who are resident in the UK for tax purposes. You can open it with &pound;1. Interest is tax-free.</p>"""),
("How much can I pay in?", """
<p>For the 2026/27 tax year you can pay in up to &pound;20,000 across all your ISAs. Money transferred in from ISAs held in earlier tax years does not count towards this.</p>"""),
("Can I make withdrawals?", """
<p>Yes. You can make up to four withdrawals in each tax year. You can still take money out after that, but the rate will drop to 1.00% AER for the rest of that tax year.</p>
<p>Our Cash ISA is flexible: if you take money out and put it back before the end of the same tax year, the amount you replace does not use up more of your allowance.</p>"""),
("How is interest paid?", """
<p>Interest is calculated daily and paid on 5 April each year, into the ISA.</p>"""),
("Can I have more than one?", """
<p>You can hold only one Fernhill Cash ISA. You can pay new money into it and into ISAs with other providers in the same tax year, as long as your total stays within the allowance.</p>"""),
("How do I transfer an ISA to you?", """
<ol><li>Open a Fernhill Cash ISA, or use the one you already have.</li>
<li>Complete our ISA transfer-in form in the app or in a branch, giving the details of your old ISA.</li>
<li>We contact your old provider and ask them to send the money to us directly.</li>
<li>We let you know when the money has arrived.</li></ol>
<p>Do not withdraw the money yourself, as it would lose its tax-free status.</p>"""),
("How do I transfer my ISA away?", """
<p>Ask your new provider to arrange the transfer; do not close the account with us first. Once we receive their request, we will complete the transfer within 10 business days. There is no charge.</p>"""),
]),
("mortgage", "Mortgage overpayments", [
("How much can I overpay?", """
<p>If your mortgage is on a fixed or tracker rate, you can overpay up to 10% of the balance at the start of each calendar year without paying an early repayment charge. If you are on our Standard Variable Rate, there is no limit and no charge. Each overpayment must be at least &pound;50.</p>"""),
("What charge applies if I overpay more than my allowance?", """
<p>An early repayment charge applies only to the amount above your allowance. The percentage depends on how far into your fixed or tracker deal you are:</p>
<table class="erc"><thead><tr><th>Year of deal</th><th>Charge on the excess</th></tr></thead><tbody>
<tr><td>Year 1</td><td>3%</td></tr><tr><td>Year 2</td><td>2%</td></tr><tr><td>Year 3 onwards</td><td>1%</td></tr></tbody></table>"""),
("How do I make an overpayment?", """
<ol><li>Log in to your online mortgage account and choose &lsquo;Make an overpayment&rsquo;.</li>
<li>For a one-off amount of up to &pound;10,000, pay by debit card. For larger sums, use the bank transfer details shown on that screen, quoting your mortgage account number as the reference.</li>
<li>For a regular overpayment, set up a standing order using the same details.</li>
<li>Tell us whether you want to lower your monthly payment or shorten your term.</li></ol>"""),
("Will my monthly payment go down?", """
<p>Unless you tell us otherwise, a lump-sum overpayment reduces your monthly payment from the month after next. If you would rather keep your payment the same and shorten your mortgage term instead, call our mortgage team on 0117 496 0618 before the overpayment is made.</p>"""),
("Can I take an overpayment back?", """
<p>If you have overpaid on a flexible mortgage you may be able to borrow it back; please call us. On other mortgages, overpayments cannot be withdrawn once made.</p>"""),
]),
("loans", "Personal loans", [
("How much can I borrow and what is the rate?", """
<p>You can borrow from &pound;1,000 to &pound;25,000 over 1 to 5 years. The representative rate depends on how much you borrow:</p>
<table class="loan-apr"><thead><tr><th>Loan amount</th><th>Representative APR</th></tr></thead><tbody>
<tr><td>&pound;1,000 to &pound;4,999</td><td>14.9% APR</td></tr>
<tr><td>&pound;5,000 to &pound;7,499</td><td>8.9% APR</td></tr>
<tr><td>&pound;7,500 to &pound;15,000</td><td>6.4% APR</td></tr>
<tr><td>&pound;15,001 to &pound;25,000</td><td>7.9% APR</td></tr></tbody></table>
<p>The rate you are offered may differ from the representative APR.</p>"""),
("Who can apply?", """
<p>You must be 18 or over, live in the UK and have held a Fernhill current or savings account for at least three months.</p>"""),
("How quickly will I get the money?", """
<p>Most applications get a decision straight away. If approved, the money is usually in your Fernhill current account within one business day of you signing the agreement.</p>"""),
("Can I repay my loan early?", """
<p>Yes, in full or in part, at any time. We charge 28 days' interest on the amount repaid early. Ask us for a settlement figure in the app or by phone.</p>"""),
("Can I change my mind?", """
<p>You have 14 days after signing the agreement to withdraw. You must repay what you borrowed plus interest for the days you had the money, but there is no other charge.</p>"""),
]),
("branch", "Branches, cash and cheques", [
("When are your branches open?", """
<p>Our branches are open Monday to Friday, 9am to 5pm. Kingsmead and Ashcombe are also open on Saturday from 9am to 12.30pm. Branches are closed on bank holidays.</p>"""),
("How do I pay in a cheque?", """
<ul><li>In the app: choose &lsquo;Pay in a cheque&rsquo; and photograph the front. The limit is &pound;2,000 per cheque.</li>
<li>In a branch: use a paying-in slip at the counter.</li>
<li>By post: send the cheque with a paying-in slip to Fernhill Building Society, Freepost FERNHILL CHEQUES.</li></ul>"""),
("When will a cheque clear?", """
<p>How quickly the money is available depends on when we receive the cheque:</p>
<table class="clearing"><thead><tr><th>Paid in</th><th>Money available</th></tr></thead><tbody>
<tr><td>By 3pm on a business day</td><td>By 11.59pm the next business day</td></tr>
<tr><td>After 3pm, or on a weekend or bank holiday</td><td>By 11.59pm two business days later</td></tr>
<tr><td>By post</td><td>By 11.59pm the business day after we receive it</td></tr></tbody></table>"""),
("How much cash can I take out in a branch?", """
<p>You can withdraw up to &pound;2,500 in cash over the counter without notice. For larger amounts, please give us two business days' notice so the branch can order the cash. Bring photo ID.</p>"""),
("Can I pay in cash at the Post Office?", """
<p>Yes. Current account holders can pay in up to &pound;2,000 in cash per day at any Post Office counter using their debit card. It usually reaches your account the same day. You can also withdraw cash and check your balance there.</p>"""),
("Do you take coins?", """
<p>Yes. Members can pay in bagged coins of up to &pound;250 per visit at any of our branches, free of charge.</p>"""),
("How do I stop a cheque?", """
<ol><li>Call us on 0117 496 0250 or visit a branch as soon as possible.</li>
<li>Give us the cheque number, amount, date and who it was made out to.</li>
<li>We will confirm the stop in writing.</li></ol>
<p>We cannot stop a cheque once it has been paid. A charge may apply; see our Tariff of Charges.</p>"""),
]),
("cards", "Cards: lost, stolen or kept by a cash machine", [
("What should I do if my card is lost or stolen?", """
<ol><li>Freeze the card straight away in the app under &lsquo;Card controls&rsquo;.</li>
<li>Call our 24-hour card line on 0808 157 0342 (from abroad, +44 117 496 0342) to cancel it.</li>
<li>Check your recent transactions and tell us about any you do not recognise.</li>
<li>We will send a new card within five working days, with a new PIN posted separately.</li></ol>"""),
("Will I have to pay for transactions I did not make?", """
<p>Once you have told us your card is lost or stolen, you will not be responsible for any payments made with it after that. For payments made before you told us, the most you may have to pay is &pound;35, unless you acted fraudulently or with gross negligence, for example by writing your PIN on the card.</p>"""),
("A cash machine kept my card. What happens now?", """
<p>It depends on whose machine it was.</p>
<ul><li>If it was one of our own cash machines at a Fernhill branch, the branch will keep the card safe. You can collect it from the next business day with photo ID. If it is not collected within five business days, we destroy it and send you a new one.</li>
<li>If it was another provider's machine, the card will be destroyed for security. Call our card line to cancel it and we will send a replacement.</li></ul>"""),
("The cash machine did not give me my money but my account was debited", """
<p>Tell us as soon as you can by calling 0117 496 0250. We will investigate with the machine's operator and refund you within 10 business days if the cash was not dispensed.</p>"""),
("My card is damaged. How do I get a new one?", """
<p>Order a replacement in the app under &lsquo;Card controls&rsquo;. Your PIN stays the same, and your old card keeps working until the new one is activated.</p>"""),
]),
("fraud", "Fraud and scams", [
("I think I have been scammed. What should I do?", """
<ol><li>Stop any further payments and do not reply to the scammer.</li>
<li>Call our fraud team straight away on 0808 157 0199, 24 hours a day.</li>
<li>Give us the details of the payments, who you paid and how you were contacted.</li>
<li>We will try to recover the money and consider your reimbursement claim.</li></ol>"""),
("Will I get my money back if I was tricked into sending a payment?", """
<p>If you were tricked into sending a Faster Payment or CHAPS payment from a UK account to someone else, you are normally entitled to a refund of up to &pound;85,000 per claim. We do not deduct an excess. You must tell us within 13 months of the last payment.</p>
<p>We may refuse a claim if you were part of the fraud, or if you were grossly negligent, for example by ignoring clear warnings from us or the police. We do not apply the gross negligence exception if you were vulnerable at the time.</p>"""),
("How long will a scam claim take?", """
<p>We aim to give you a decision within five business days. If we need more information from you or the other bank, it can take up to 35 business days.</p>"""),
("Are card payments and international payments covered?", """
<p>The reimbursement rules above do not cover payments made by card, cheque or cash, or payments sent abroad. For card payments you did not authorise, the rules for lost and stolen cards apply, and for card purchases that went wrong we may be able to raise a chargeback.</p>"""),
("Would Fernhill ever ask me to move money?", """
<p>Never. We will never ask you to move money to a &lsquo;safe account&rsquo;, give us your full PIN or passcode, or read back a code we have texted you. Anyone who asks is a criminal.</p>"""),
]),
("bereavement", "Bereavement", [
("How do I tell you about a death?", """
<ol><li>Call our bereavement team on 0117 496 0733 (Monday to Friday, 9am to 5pm), visit a branch, or use the online bereavement form.</li>
<li>Send or bring the death certificate: the original or a certified copy. We will return originals.</li>
<li>We stop cards and payments out of sole accounts, and tell you which further documents we need.</li>
<li>Once we have everything, we release the money within 10 business days.</li></ol>"""),
("What documents will you need?", """
<p>What we need depends on the total held in the person's sole name across all their Fernhill accounts:</p>
<table class="bereavement"><thead><tr><th>Total held</th><th>What we need</th></tr></thead><tbody>
<tr><td>Under &pound;50,000</td><td>Death certificate, ID for the person dealing with the estate, and our signed indemnity form. Probate is not needed.</td></tr>
<tr><td>&pound;50,000 or more</td><td>Death certificate and the grant of probate or letters of administration (in Scotland, confirmation).</td></tr></tbody></table>"""),
("Can the account pay for the funeral?", """
<p>Yes. Before probate, we can pay the funeral director directly from the deceased's accounts, up to &pound;10,000, on receipt of the funeral invoice and the death certificate.</p>"""),
("What happens to a joint account?", """
<p>It passes automatically to the surviving holder. Just send us the death certificate and we will remove the deceased's name. The survivor can use the account as normal throughout.</p>"""),
("What happens to an ISA when someone dies?", """
<p>It becomes a continuing account of a deceased investor and keeps earning tax-free interest until the estate is settled or the third anniversary of the death, whichever is sooner. A surviving spouse or civil partner may be able to pay in an extra amount, known as an additional permitted subscription, equal to the value of the ISA.</p>"""),
]),
("attorney", "Power of attorney and third parties", [
("How do I register a power of attorney?", """
<ol><li>Make sure the lasting power of attorney has been registered with the Office of the Public Guardian. We cannot accept one that has not been registered.</li>
<li>Bring the original or a certified copy of every page to a branch, or post it to us.</li>
<li>Each attorney must show proof of identity and address.</li>
<li>We register it within 10 business days and write to confirm.</li></ol>
<p>We also accept a continuing power of attorney from Scotland and an enduring power of attorney registered in Northern Ireland.</p>"""),
("Can an attorney have their own card?", """
<p>Yes. An attorney can ask for an attorney card on the donor's Everyday or Everyday Plus account. The card is in the attorney's name and cannot be used for the attorney's own spending.</p>"""),
("I just want someone to help me for a while. What can I do?", """
<p>You can add a third party mandate, which allows a trusted person to manage your account. You must have mental capacity to set one up, and it ends if you lose capacity. Ask in a branch for form TPM1.</p>"""),
]),
("complaints", "Complaints", [
("How do I make a complaint?", """
<ul><li>Phone us on 0117 496 0250.</li>
<li>Email complaints@fernhill.example.</li>
<li>Visit any branch.</li>
<li>Write to Member Relations, Fernhill Building Society, Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ.</li></ul>"""),
("How long will you take?", """
<p>We will try to sort things out by the end of the third business day after you contact us. If we cannot, we will acknowledge your complaint within five business days and send a final response within eight weeks. For complaints about payment services, we will reply within 15 business days, or 35 business days in exceptional cases.</p>"""),
("What if I am not happy with your answer?", """
<p>You can refer your complaint to the Financial Ombudsman Service, free of charge, within six months of our final response. You can also go to them if we have not sent a final response within eight weeks.</p>"""),
]),
("fscs", "Protecting your money", [
("Is my money protected?", """
<p>Yes. Eligible deposits with us are protected by the Financial Services Compensation Scheme (FSCS) up to &pound;120,000 per person. This limit applies to the total you hold with Fernhill, not to each account.</p>"""),
("What about joint accounts?", """
<p>For a joint account, each holder is treated as having an equal share, so a joint account held by two people is protected up to &pound;240,000.</p>"""),
("I have a large sum from a house sale. Is it covered?", """
<p>Certain temporary high balances, such as money from a home sale, an inheritance or an insurance payout, can be protected up to &pound;1.4 million for six months from when they are paid in.</p>"""),
]),
("closing", "Closing and switching", [
("How do I close my current account?", """
<ol><li>Repay any overdraft and move any regular payments elsewhere.</li>
<li>Close the account in the app under &lsquo;Manage account&rsquo;, by phone or in a branch.</li>
<li>Cut up your card.</li></ol>
<p>There is no charge for closing. If you close within 14 days of opening, we will also undo any changes made to your payments.</p>"""),
("How do I close a savings account?", """
<p>You can close an Easy Access Saver or Regular Saver in the app or in a branch at any time. If you close a Cash ISA, the money loses its tax-free status; to keep it, transfer instead. Fixed Rate Bonds cannot be closed before maturity except in the circumstances set out under Fixed Rate Bonds.</p>"""),
("How does switching work?", """
<ol><li>Open an Everyday or Everyday Plus account.</li>
<li>Choose &lsquo;Switch to Fernhill&rsquo; in the app and pick a switch date at least seven working days away.</li>
<li>We move your balance, Direct Debits, standing orders and salary from your old account, and close it on the switch date.</li>
<li>Payments sent to your old account are redirected to us automatically.</li></ol>
<p>Full switches are covered by the Current Account Switch Guarantee. A partial switch, where you keep your old account open, is not.</p>"""),
]),
]
