# Help-centre content for Northreach Federal Credit Union (written blind; all names and figures invented).
# PAGES: list of dicts: file, title, lede, style ("dl" | "h3" | "details" | "qa" | "article"), sections.
# sections: [(section id, heading, [(question, answer html), ...]), ...]

ACCOUNTS = [
("membership", "Membership", [
("Who can join Northreach?", """<p>You can join if you live, work, worship or attend school in Pell, Kessling or Marrow County, Minnesota, if you work for one of our partner employers, or if you're a family or household member of a current Northreach member. To open your membership you'll need a government-issued photo ID, your Social Security number or ITIN, and a U.S. street address.</p>"""),
("How much does it cost to become a member?", """<p>Membership costs $5. That $5 is your par value share: it goes into your Primary Share Savings account and stays there for as long as you're a member. There's no separate joining fee.</p>"""),
]),
("primary-share", "Primary Share Savings", [
("Is there a minimum balance?", """<p>Yes. You need to keep the $5 par value share in your Primary Share Savings account. You can withdraw anything above $5, but the last $5 can only be taken out by closing your membership.</p>"""),
("Do I earn dividends?", """<p>Yes. Primary Share Savings earns 0.10% APY on an average daily balance of $100 or more. Dividends are compounded and credited monthly. You can make up to 6 withdrawals or transfers out of the account each month; an excess withdrawal fee applies after that (see the Fee Schedule).</p>"""),
]),
("basic-checking", "Basic Checking", [
("Is there a minimum balance?", """<p>No. You can open Basic Checking with $0 and there's no minimum balance to keep.</p>"""),
("Is there a monthly fee?", """<p>No. Basic Checking has no monthly service fee. Paper statements are $3 a month unless you're 65 or older or under 18; e-statements are free.</p>"""),
("Do I earn dividends?", """<p>No, Basic Checking doesn't pay dividends. If you'd like your checking balance to earn something, take a look at Rewards Checking.</p>"""),
]),
("rewards-checking", "Rewards Checking", [
("Is there a minimum balance?", """<p>You need $25 to open Rewards Checking. There's no minimum balance after that, but the $6 monthly service fee applies unless you meet one of the waivers below.</p>"""),
("Is there a monthly fee?", """<p>The monthly service fee is $6. We waive it for any statement cycle in which:</p>
<ul><li>direct deposits into the account total $500 or more;</li>
<li>your average daily balance is $1,500 or more; or</li>
<li>the primary owner is under 25.</li></ul>"""),
("Do I earn dividends?", """<p>Yes, when you meet the monthly qualifications. In a qualifying month you earn 3.00% APY on balances up to $15,000 and 0.25% APY on the portion of your balance above $15,000. In a month you don't qualify, the whole balance earns 0.05% APY and ATM surcharge refunds are not paid.</p>"""),
("How do I qualify each month?", """<p>In each calendar month:</p>
<ol><li>have at least 12 debit card purchases post and settle to the account;</li>
<li>be enrolled in e-statements; and</li>
<li>sign in to online or mobile banking at least once.</li></ol>
<p>ATM withdrawals and ReachPay payments don't count as debit card purchases.</p>"""),
]),
("youth-savings", "Youth Savings", [
("Who can open one?", """<p>Youth Savings is for members under 18. Children under 16 need a parent or guardian as a joint owner. Members aged 16 or 17 can open one on their own with a photo ID. A $5 deposit opens the account and counts as the member's par value share.</p>"""),
("Do I earn dividends?", """<p>Yes. Youth Savings earns 2.00% APY on the first $1,000 and 0.10% APY on any balance above $1,000. There are no monthly fees.</p>"""),
]),
("money-market", "Money Market Share", [
("Who can open one?", """<p>Any member aged 18 or older. You'll need $2,500 to open it.</p>"""),
("Is there a minimum balance?", """<p>Keep at least $2,500. No dividends are paid for any day your balance is below $2,500, and a $10 monthly fee is charged if your average daily balance for the month is below $2,500.</p>"""),
("Do I earn dividends?", """<p>Yes. The rate goes up with your balance, in three tiers: under $25,000, $25,000 to $99,999, and $100,000 and over. Current rates are on our rate sheet.</p>"""),
]),
("certificates", "Share Certificates", [
("Is there a minimum balance?", """<p>The minimum deposit is $1,000. Members under 18 can open a 12-month certificate with $250. Balances of $100,000 or more earn our top tier rate.</p>"""),
("What terms are available?", """<p>6, 12, 18 and 36 months, 60 months, and a 24-month Bump-up certificate. The Bump-up lets you raise your rate once during the term to our current 24-month rate. You can't add money to any certificate during its term.</p>"""),
("What if I need my money before maturity?", """<p>You can withdraw early, but an early withdrawal penalty applies:</p>
<ul><li>terms of 12 months or less: 90 days' dividends;</li>
<li>terms of 18 to 36 months: 180 days' dividends;</li>
<li>60-month term: 365 days' dividends.</li></ul>
<p>If you haven't earned enough dividends to cover it, the penalty comes out of your deposit.</p>"""),
("What happens at maturity?", """<p>Your certificate renews automatically for the same term at the rate we're offering that day. You have a grace period of 10 calendar days after maturity to withdraw or change the term without a penalty.</p>"""),
]),
]

CARDS = [
("debit", "Debit cards", [
("How do I activate my new debit card?", """<p>Activate it in the mobile app under Card Controls, or call (800) 555-0145 from the phone number we have on file. Then choose your PIN.</p>"""),
("What are my daily debit card limits?", """<ul><li>ATM withdrawals: $500 a day</li>
<li>Purchases: $3,000 a day</li>
<li>Teen cards (members aged 13 to 17): $200 a day at ATMs and $500 a day in purchases</li></ul>
<p>Need more for a one-off purchase? Call (800) 555-0142 and we may be able to raise your limit temporarily.</p>"""),
("Can I use my debit card outside the U.S.?", """<p>Yes, wherever Visa is accepted. A foreign transaction fee of 1% of the transaction applies. You don't need to tell us before you travel, but make sure your mobile number is up to date so we can reach you if something looks unusual.</p>"""),
("How do I change my PIN?", """<p>In the mobile app go to Card Controls &gt; Change PIN, or use any Northreach ATM. You can't change your PIN at a Waypoint ATM Alliance machine.</p>"""),
]),
("atms", "ATMs", [
("Where can I use ATMs for free?", """<p>At any Northreach ATM and at more than 28,000 Waypoint ATM Alliance ATMs across the U.S. Use the ATM locator in the app to find one.</p>"""),
("What if I use another ATM?", """<p>On Basic Checking we charge $2.50 per withdrawal at out-of-network ATMs, and the ATM owner may charge a surcharge as well. On Rewards Checking we don't charge, and when you meet your monthly qualifications we refund other owners' surcharges up to $20 per statement cycle.</p>"""),
("Can I deposit cash at an ATM?", """<p>Yes, at Northreach ATMs only. Waypoint ATM Alliance ATMs don't take deposits. Our ATMs accept cash and checks with no envelope. Deposits made after 6:00 p.m. Central Time are treated as received the next business day.</p>"""),
("An ATM kept my card. What should I do?", """<ol><li>Call (800) 555-0143 straight away so we can lock the card.</li>
<li>If it was a Northreach ATM, we destroy the card for security; it can't be handed back.</li>
<li>Order a replacement in the app or at a branch. We don't charge for the replacement when one of our ATMs kept your card.</li></ol>
<p>Never accept help from a stranger at the machine.</p>"""),
]),
("lost-stolen", "Lost, stolen and replacement cards", [
("My card is lost or stolen. What do I do?", """<p>Lock it right away in the app (Card Controls &gt; Lock card), then call (800) 555-0143, 24 hours a day. Outside the U.S., call +1 (612) 555-0143. A new card arrives by mail in 7 to 10 business days, and most branches can print a replacement debit card while you wait.</p>"""),
("How much is a replacement card?", """<p>Your first replacement in any 12-month period is free. After that it's $5. Rush delivery, which gets the card to you in 2 business days, is $35.</p>"""),
]),
("credit", "Credit cards", [
("Which Northreach credit card is right for me?", """<ul><li><strong>Northreach Visa Platinum</strong> - our low-rate card: 12.90% to 17.90% APR on purchases, based on your credit.</li>
<li><strong>Northreach Visa Cash Back</strong> - 1.5% cash back on every purchase: 17.90% to 25.90% APR on purchases, based on your credit.</li></ul>
<p>You must be 18 or older to apply. Applicants under 21 must show independent income.</p>"""),
("Is there an annual fee?", """<p>No. There's no annual fee on either the Visa Platinum or the Visa Cash Back card.</p>"""),
("How does cash back work?", """<p>You earn 1.5% cash back on purchases. Cash advances and balance transfers don't earn cash back. Redeem it in $25 increments as a statement credit or a deposit into your Northreach savings. Cash back doesn't expire as long as your account is open and in good standing.</p>"""),
("Can I transfer a balance from another card?", """<p>With the Visa Platinum, yes: balance transfers made within 90 days of opening get a 0% introductory APR for 12 billing cycles, with a 3% balance transfer fee. The Visa Cash Back card doesn't offer balance transfers. You can't transfer a balance from another Northreach loan or card.</p>"""),
("What is the minimum payment?", """<p>2% of your balance or $25, whichever is greater. If your balance is under $25, pay it in full. Your payment is due 25 days after your statement closing date, and if you pay the full statement balance by then you won't pay interest on purchases.</p>"""),
("Can I add an authorized user?", """<p>Yes, at no cost. Authorized users must be 16 or older. You're responsible for everything they charge.</p>"""),
]),
]

LOANS = [
("auto", "Auto loans", [
("What can I finance?", """<p>New and used cars, trucks, vans and SUVs, bought from a dealer or a private seller. You can also refinance an auto loan you have with another lender.</p>"""),
("How long can I borrow for?", """<ul><li>New vehicles: up to 84 months, for loans of $25,000 or more (up to 60 months below that).</li>
<li>Used vehicles up to 7 model years old: up to 72 months.</li>
<li>Vehicles 8 to 12 model years old: up to 48 months.</li></ul>
<p>We don't finance vehicles more than 12 model years old.</p>"""),
("How much can I borrow?", """<p>Up to 110% of the vehicle's value, which can include tax, title, an extended warranty and GAP coverage. The minimum loan is $5,000.</p>"""),
("What's the rate?", """<p>As low as 5.49% APR for a new vehicle and 6.19% APR for a used vehicle on terms up to 60 months. Our advertised rates include the 0.25% APR discount for automatic payments from a Northreach checking account; without automatic payments your rate is 0.25% higher. Full rates are on our rate sheet.</p>"""),
("Can I pay it off early?", """<p>Yes. There's no prepayment penalty on Northreach auto loans.</p>"""),
("When is my first payment due?", """<p>You choose: up to 60 days after the date of your loan.</p>"""),
]),
("heloc", "Home equity line of credit (HELOC)", [
("What is a HELOC?", """<p>A line of credit secured by your primary home in Minnesota or Wisconsin. Lines run from $10,000 to $500,000, and together with your mortgage can be up to 85% of your home's value.</p>"""),
("What's the rate?", """<p>A fixed introductory rate of 5.99% APR for the first 12 months. After that the rate is variable: the Prime Rate plus a margin that depends on the size of your line. The rate will never go below 4.00% APR or above 18.00% APR.</p>"""),
("How long can I draw on it?", """<p>There's a 10-year draw period, when your minimum payment is interest only. After that comes a 20-year repayment period, when you pay principal and interest. The minimum draw is $500.</p>"""),
("Are there closing costs?", """<p>On lines up to $250,000 we pay the standard closing costs. If you close the line within 36 months of opening it, we charge an early closure fee to recover them. Lines over $250,000 need an appraisal, which you pay for.</p>"""),
("Is there an annual fee?", """<p>Yes, $50 a year, waived for the first year.</p>"""),
("Can I pay it off early?", """<p>You can pay down your balance at any time without a penalty. Closing the line itself within 36 months of opening it triggers the early closure fee (see the Fee Schedule).</p>"""),
]),
("payments", "Payments and Skip-a-Pay", [
("How can I make a loan payment?", """<ul><li>Automatic payments from a Northreach checking account</li>
<li>A transfer in online or mobile banking, including from an account at another bank</li>
<li>At any branch</li>
<li>By mail to Northreach Loan Payments, P.O. Box 5014, Pell River, MN 56990</li>
<li>By phone at (800) 555-0147</li></ul>"""),
("What is Skip-a-Pay?", """<p>Skip-a-Pay lets you skip one monthly payment on an auto loan. It costs $35 per loan and you can use it up to 2 times in any 12 months. Your loan must be current and open for at least 6 months. Interest keeps accruing and your term is extended by one month. Skip-a-Pay isn't available for HELOCs or credit cards.</p>"""),
("I'm struggling to make my payments. What can I do?", """<p>Call our Member Care team at (800) 555-0155 before you miss a payment. Depending on your situation, we may be able to offer Skip-a-Pay, a due date change, a temporary payment reduction or a loan modification.</p>"""),
("Can I change my payment due date?", """<p>Yes, once per loan in any 12 months, at no charge. Call (800) 555-0147.</p>"""),
]),
]

DIGITAL = [
("online", "Online and mobile banking", [
("How do I enroll in online banking?", """<ol><li>Go to www.northreach.example and select Enroll.</li>
<li>Enter your member number, the last 4 digits of your Social Security number and your email address.</li>
<li>Enter the one-time passcode we send you, then create your password.</li></ol>
<p>Members must be at least 13 to enroll.</p>"""),
("What is Northreach's routing number?", """<p>Our routing number is 291555014. Your account number is printed at the bottom of your checks and shown in the app under Account details. Your member number is not your account number, so don't use it for direct deposits.</p>"""),
("I'm locked out of online banking.", """<p>After 5 failed sign-in attempts your access is locked for 30 minutes. After that you can try again or use Forgot password to reset it. If you're still locked out, call (800) 555-0142.</p>"""),
]),
("mobile-deposit", "Mobile deposit", [
("How do I deposit a check with the app?", """<ol><li>Sign the back of the check and write "For Mobile Deposit Only at Northreach FCU".</li>
<li>Open the app and tap Deposit.</li>
<li>Take photos of the front and back.</li>
<li>Keep the check for 60 days, then destroy it.</li></ol>"""),
("Is there a limit?", """<p>You can deposit up to $5,000 per business day and $10,000 in any rolling 30 days by mobile deposit. If you've been a member for less than 90 days, the limit is $1,000 per day.</p>"""),
("When will my mobile deposit be available?", """<p>Deposits made before 6:00 p.m. Central Time on a business day are received that day. The first $300 is usually available the next business day and the rest on the second business day. Sometimes we hold funds longer; the Membership and Account Agreement explains when.</p>"""),
]),
("reachpay", "ReachPay", [
("What is ReachPay?", """<p>ReachPay lets you send money to people using just their mobile number or email address, whether they bank with us or with another U.S. bank or credit union. It's free and available to members 18 or older.</p>"""),
("Is there a limit?", """<p>You can send up to $2,500 per day and $10,000 in any rolling 30 days. If you've been a member for less than 90 days, the limits are $500 per day and $2,000 per rolling 30 days.</p>"""),
("Can I cancel a ReachPay payment?", """<p>Only if the person you paid hasn't enrolled yet. Payments to enrolled recipients arrive within minutes and can't be cancelled. If the recipient doesn't enroll within 14 days, the payment is cancelled and the money comes back to you.</p>"""),
]),
("transfers", "Transfers and wires", [
("How do I move money to my account at another bank?", """<p>Link the account in online banking; we'll confirm it by sending two small deposits for you to verify. Standard transfers take 3 business days and are free. Next-business-day delivery costs $3.</p>"""),
("Is there a limit?", """<p>Transfers to and from your linked accounts at other banks are limited to $5,000 per day in each direction.</p>"""),
("How do I send a wire?", """<p>You can send a domestic wire in online banking or at a branch. Online wire requests are limited to $25,000 per day. Domestic wire requests received by 2:00 p.m. Central Time go out the same business day. International wires can only be sent at a branch or by phone, and the cutoff is 12:00 p.m. Central Time. Wire fees are in our Fee Schedule.</p>"""),
("What are the instructions for an incoming wire?", """<p>Give the sender our routing number, 291555014, our name and address (Northreach Federal Credit Union, 1200 Larchmont Avenue, Pell River, MN 56990), and your account number. An incoming wire fee applies.</p>"""),
]),
("statements", "Statements and alerts", [
("Are e-statements free?", """<p>Yes, always. Paper statements cost $3 a month on checking and Money Market Share accounts, unless you're 65 or older or under 18.</p>"""),
("Can I set up account alerts?", """<p>Yes. In online banking go to Settings &gt; Alerts to set up free text or email alerts for a low balance, a large transaction or a deposit. Your mobile carrier's message and data rates may apply.</p>"""),
]),
]

SECURITY = [
("fraud", "Fraud and unauthorized transactions", [
("There's a transaction on my account I didn't make.", """<p>Lock your card in the app, then call us: (800) 555-0143 for card transactions or (800) 555-0151 for anything else. If you tell us within 2 business days of finding out, you won't be responsible for any of it. You can also file a dispute in online banking under Help &gt; Dispute a transaction.</p>"""),
("How long do I have to report an unauthorized transaction?", """<p>Tell us as soon as you can, and no later than 60 days after we send the statement that first shows it. The longer you wait, the more you could be responsible for; section 7 of the Membership and Account Agreement has the details.</p>"""),
("How do I lock my card?", """<p>Use Card Controls in the app to lock and unlock your card instantly. While it's locked, new purchases and ATM withdrawals are declined, but recurring payments you've already set up with a merchant keep going through.</p>"""),
]),
("disputes", "Disputes", [
("How long does a dispute take?", """<p>We usually finish within 10 business days. If we need longer, we can take up to 45 days (90 days in some cases) and we'll credit the amount to your account provisionally within 10 business days while we look into it. For accounts open less than 30 days, these times are longer.</p>"""),
("Do I have to put my dispute in writing?", """<p>If you tell us by phone, we may ask you to confirm in writing within 10 business days. A dispute filed in online banking counts as written.</p>"""),
("I paid for something that never arrived.", """<p>Contact the merchant first. If they don't sort it out, file a dispute with us within 60 days of the statement showing the charge, and include your receipt and any messages with the merchant.</p>"""),
]),
("scams", "Scams", [
("Will Northreach ever call and ask for my passcode?", """<p>No. We will never ask for your PIN, your online banking password or a one-time passcode, and we will never ask you to move money to a "safe account". If someone does, hang up and call us on (800) 555-0142.</p>"""),
("I sent money to a scammer with ReachPay.", """<p>Call our fraud team at (800) 555-0151 right away and report it to the police. ReachPay payments you authorized usually can't be reversed, but we will contact the receiving bank and try to recover the money.</p>"""),
("What does a real fraud alert text look like?", """<p>Our fraud alert texts come from (800) 555-0151 and ask you to reply YES or NO to confirm a transaction. They never contain a link and never ask for your passcode.</p>"""),
("How do I report a phishing email?", """<p>Forward it to reportphish@northreach.example, then delete it. Don't click any links in it.</p>"""),
]),
("protect", "Protecting your account", [
("What is two-step verification?", """<p>When you sign in from a new device we send a one-time passcode by text or email. The code expires after 10 minutes. Never share it with anyone, including someone who says they're from Northreach.</p>"""),
("I think someone has stolen my identity.", """<p>Call our fraud team at (800) 555-0151. We'll close any compromised accounts and open new ones with new numbers. You should also place a fraud alert with the credit bureaus.</p>"""),
("My checks were stolen.", """<p>Call (800) 555-0142 so we can place stop payments and close the account the checks belong to. We waive the stop payment fee for stolen checks when you give us a police report number.</p>"""),
("Is my money insured?", """<p>Yes. Deposits are federally insured by the NCUA up to $250,000 per member for each ownership category.</p>"""),
]),
]

LIFE = [
("bereavement", "When a member dies", [
("A member has died. What should I do?", """<p>Call our Estate Services team at (800) 555-0158, Monday to Friday, 8:00 a.m. to 5:00 p.m. Central Time. We'll need a certified copy of the death certificate. We stop the member's cards straight away. Payable-on-death beneficiaries can claim their share with the death certificate and their own photo ID.</p>"""),
("What happens to a joint account?", """<p>The money belongs to the surviving joint owner or owners, who can keep using the account. We remove the deceased member's name once we have the death certificate.</p>"""),
("What happens to a share certificate?", """<p>The early withdrawal penalty is waived when a certificate is withdrawn because the owner has died.</p>"""),
("Is there a simpler way for a small estate?", """<p>If no probate is opened and the member's accounts with us total $50,000 or less, an heir can use a small estate affidavit at least 30 days after the death.</p>"""),
]),
("relationships", "Relationships and names", [
("I'm getting divorced. What about our joint account?", """<p>Either owner of a joint account can withdraw all of the money. To remove a joint owner, we need both owners' signatures or a court order. A co-borrower can only be removed from a loan by refinancing it.</p>"""),
("I've changed my name.", """<p>Bring a certified copy of your marriage certificate, divorce decree or court order, and a photo ID in your new name, to any branch. Your new debit card in your new name is free.</p>"""),
("Someone else needs to manage my accounts.", """<p>Bring us the original or a certified copy of the power of attorney. We review it within 5 business days. The agent will need their own photo ID.</p>"""),
]),
("moving-on", "Moving, growing up and new arrivals", [
("I'm moving out of the area. Do I have to close my account?", """<p>No. Once a member, always a member: your membership stays open as long as you keep $5 in your Primary Share Savings. Update your address in online banking.</p>"""),
("My child is turning 18.", """<p>At the end of the month of the 18th birthday, Youth Savings converts to Primary Share Savings and earns the Primary Share Savings rate. A parent or guardian stays a joint owner until removed. Teen debit card limits rise to the standard limits.</p>"""),
("We just had a baby!", """<p>Congratulations! Open a Youth Savings account with $5, with a parent or guardian as joint owner; you'll need the baby's Social Security number. Children who join before their first birthday get a $25 Newborn Bonus deposited into the account.</p>"""),
("I'm off to college.", """<p>You can keep banking with us from anywhere. Rewards Checking's monthly service fee is waived while the primary owner is under 25.</p>"""),
]),
("money-trouble", "Money trouble and closing accounts", [
("I've lost my job.", """<p>Call our Member Care team at (800) 555-0155. We can look at Skip-a-Pay, changing a due date or reducing a loan payment for a while.</p>"""),
("How do I close my account?", """<p>Visit a branch or send us a signed letter. Closing your Primary Share Savings ends your membership, and any loans must be paid off first. A $10 fee applies if you close a checking or Money Market Share account within 90 days of opening it.</p>"""),
]),
]

PAGES = [
    {"file": "accounts.html", "title": "Accounts and membership", "style": "dl",
     "lede": "Checking, savings, Money Market and share certificates, and how membership works.", "sections": ACCOUNTS},
    {"file": "cards.html", "title": "Cards and ATMs", "style": "h3",
     "lede": "Debit and credit cards, ATMs, and what to do if a card is lost, stolen or kept by a machine.", "sections": CARDS},
    {"file": "loans.html", "title": "Loans", "style": "details",
     "lede": "Auto loans, home equity lines of credit and loan payments.", "sections": LOANS},
    {"file": "digital-banking.html", "title": "Digital banking", "style": "qa",
     "lede": "Online and mobile banking, mobile deposit, ReachPay, transfers and wires.", "sections": DIGITAL},
    {"file": "security.html", "title": "Security and fraud", "style": "dl",
     "lede": "Unauthorized transactions, disputes, scams and keeping your account safe.", "sections": SECURITY},
    {"file": "life-events.html", "title": "Life events", "style": "article",
     "lede": "Help with the big moments: bereavement, divorce, moving, new arrivals and money trouble.", "sections": LIFE},
]
