"""Bramblecroft Outfitters, Inc.: narrative sections (light markup, see ``render.Filing.markup``).

Amounts in the model are in thousands; prose quotes them in millions with one decimal, as retailers usually do.
"""

from __future__ import annotations

from common import pct, rnd


def mn(x: float) -> str:
    """$1,684.2 million from thousands."""
    return f"${abs(x) / 1000:,.1f} million"


def chg(a: float, b: float) -> str:
    return pct(abs(a - b) / abs(b))


def bps(a: float, b: float) -> int:
    return int(rnd((a - b) * 1000, 0) * 10)


def business(m) -> str:
    s = m.sales
    return f"""
#P PART I

#1 Item 1. Business

## General

@biz_overview Bramblecroft Outfitters, Inc. ("Bramblecroft," the "Company," "we," "our" or "us") is a specialty
retailer of outdoor apparel, footwear and equipment for hiking, camping, climbing, cycling, paddling and snow sports.
As of January 31, 2026, we operated {m.stores[2025]} stores in 19 states, principally in the western, mountain,
upper midwestern and northeastern United States, together with our e-commerce website and mobile app. We also design
and sell Switchgrass Gear Co. tents, packs and sleeping bags to independent outdoor retailers and national sporting
goods chains through our Brands and Wholesale segment. In fiscal 2025 we generated net sales of {mn(s[2025])}.

Bramblecroft was founded in 1987 as a single climbing and ski shop in Bend, Oregon, where our headquarters remain
today. We expanded through the Pacific Northwest in the 1990s and 2000s, entered the Mountain West and Upper Midwest
after 2010, and completed our initial public offering in 2014. In 2019 we acquired Switchgrass Gear Co., a designer
of lightweight camping equipment based in Boise, Idaho. Our common stock is listed on the Nasdaq Global Select Market
under the symbol "BRMB."

## Fiscal Year

Our fiscal year ends on the Saturday closest to January 31. Fiscal 2025 and fiscal 2024 each consisted of 52 weeks,
ending January 31, 2026 and February 1, 2025, respectively. Fiscal 2023 consisted of 53 weeks ending February 3, 2024.
References to a year in this report refer to our fiscal year unless otherwise stated.

## Our Strategy

We aim to be the most trusted outfitter for people who spend time outdoors, whether they are planning a first
overnight trip or a technical alpine route. Our strategy has five elements:

- Knowledgeable service. Our store associates, whom we call guides, are active outdoor enthusiasts who receive
product and activity training each season. Services such as boot fitting, bike and ski tuning, gear rental and free
clinics bring customers into our stores and differentiate us from mass merchants and online marketplaces.
- A curated assortment. We carry leading national outdoor brands alongside our Ridgeback apparel and Switchgrass
equipment brands, emphasizing technical performance, durability and repairability.
- Disciplined store growth. We open new stores in markets with strong outdoor participation and demographics that
resemble our best existing stores. New stores generally range from 25,000 to 40,000 square feet.
- Connected commerce. Our website, mobile app and stores share inventory, and customers can buy online and pick up in
store, ship from store, or reserve rentals and service appointments online.
- Basecamp Rewards. Our free loyalty program had approximately {m.members[2025]:.1f} million active members at the
end of fiscal 2025, and members accounted for approximately 71% of our retail net sales.

## Segments

We have two reportable segments. The Retail segment includes our stores and our digital channels, and accounted for
{pct(m.retail[2025] / s[2025])} of consolidated net sales in fiscal 2025. The Brands and Wholesale segment designs and
sources Switchgrass Gear Co. products and sells them to third-party retailers and, at intercompany prices, to our
Retail segment; it also earns royalties from licensing the Switchgrass name. Financial information about our
segments is included in Note 13, Segment Information.

## Stores

@stores Our stores are located in regional shopping centers, lifestyle centers and freestanding locations in
markets close to mountains, rivers and trail systems. At the end of fiscal 2025 we operated {m.stores[2025]} stores
with approximately {m.sqft[2025] / 1000:.1f} million gross square feet. During fiscal 2025 we opened
{m.opened[2025]} new stores, including our first stores in the Santa Fe, New Mexico and Burlington, Vermont markets,
and closed {m.closed[2025]} stores at the end of their leases. Each store includes a service shop, and 148 stores
offer rental equipment. The number of
stores by state at the end of fiscal 2025 is presented in Item 2. Properties.

## Store Formats

We operate stores in four formats, which share a common assortment architecture but differ in size and in the depth
of specialized categories:

[[store_formats]]

## Store Operations

Each store is led by a store leader and two to four assistant leaders, with department leads for apparel, footwear,
camping, cycling and snow sports and a service shop lead. A typical store employs 35 to 55 associates, about two
thirds of whom work part-time, and staffing rises in the fourth quarter. Associates complete product and activity
certifications, such as boot fitting, avalanche awareness and bike mechanics, and many lead the free clinics and group
outings that we host throughout the year. Store leaders have discretion over local assortments, community events and
staffing within district guidelines, and their incentive compensation is based on sales, gross margin, controllable
expenses and customer satisfaction scores.

We measure the customer experience through post-purchase surveys sent to Basecamp Rewards members, and the results
are reviewed with each store team weekly. In fiscal 2025, 87% of surveyed customers rated their store visit as
excellent or very good. Stores are open seven days a week, with extended hours during the holiday season and, in
mountain markets, early openings on winter weekends for ski and snowboard rentals.

## Store Growth and Real Estate

Our real estate team evaluates new markets using outdoor participation data, Basecamp Rewards member
concentrations, demographic and income data, proximity to trails, rivers and ski areas, and co-tenancy with other
destination retailers. We have opened {m.opened[2023] + m.opened[2024] + m.opened[2025]} stores over the last three
fiscal years. The following table summarizes the economics we target for a typical new store, based on our recent
openings:

[[store_model]]

Actual results vary by market, and stores in new states, where we have lower brand awareness, typically take longer
to reach their sales targets. We plan to open approximately 18 stores in fiscal 2026.

## Rentals, Services and Classes

Every store has a service shop that mounts and tunes skis and snowboards, repairs and tunes bicycles, resoles
climbing shoes and repairs tents and outerwear. In 148 stores we rent skis, snowboards, snowshoes, camping kits,
paddleboards and kayaks, and customers can reserve rentals online. We also offer more than 4,000 free clinics each
year and a growing number of paid classes and guided outings, such as introductory backpacking trips and avalanche
safety courses, in partnership with licensed guide services. Services, rentals and other revenue was
{mn(m.category['Services, rentals and other'][2025])} in fiscal 2025. Although small in relation to merchandise
sales, these services build customer loyalty and drive store visits.

## Basecamp Rewards

Basecamp Rewards members earn points on purchases, services and rentals and receive rewards certificates for every
1,000 points earned, as well as member pricing on rentals and early access to our semi-annual gear swap events.
Members who spend more than $750 in a year qualify for our Summit tier, which earns points at a higher rate and
includes free standard shipping. Member data informs our assortment planning, store site selection and personalized
marketing. Active members, defined as members who made a purchase in the trailing twelve months, increased to
approximately {m.members[2025]:.1f} million at the end of fiscal 2025 from {m.members[2024]:.1f} million a year
earlier.

## Digital Commerce

Our digital channels consist of our website and mobile app. Digital sales were {mn(m.digital[2025])} in fiscal 2025,
or {pct(m.digital[2025] / m.retail[2025])} of Retail segment net sales, compared with
{pct(m.digital[2024] / m.retail[2024])} in fiscal 2024. Approximately 38% of digital orders were picked up in a store
or shipped from a store in fiscal 2025. We fulfill the remaining digital orders from our distribution centers.

## Merchandise

The following table summarizes our merchandise categories and their share of consolidated net sales in fiscal 2025:

[[category_table]]

We offer approximately 46,000 stock-keeping units across apparel, footwear, camping and climbing equipment, and
cycling, paddle and snow equipment, and we also generate revenue from services, rentals, classes and gift card
breakage. Our assortment varies by region and season; for example, stores near ski areas carry a deeper winter
assortment, and stores in the Southwest carry more desert hiking and climbing products. Net sales by merchandise
category are presented in Note 2, Revenue.

Our private brands, Ridgeback and Switchgrass, represented approximately 21.4% of Retail segment net sales in fiscal
2025, compared with 20.1% in fiscal 2024. Private brand products generally carry higher gross margins than comparable
national brand products.

## Brands and Wholesale

Switchgrass Gear Co. designs lightweight tents, backpacks, sleeping bags and camp furniture for backpackers and car
campers. Its products are sold through approximately 900 independent outdoor specialty retailers, several national
sporting goods chains and online retailers in the United States and Canada, as well as in our own stores and on our
website. The Brands and Wholesale segment also earns royalties from licensees that make Switchgrass-branded coolers and
camp kitchen products. The segment's design, product development and sales teams are based in Boise, Idaho, and its
products are manufactured by independent factories, principally in Vietnam and China. Wholesale orders are typically
placed six to nine months before delivery, which gives us visibility into demand but requires us to commit to factory
production well in advance.

## Our Customers

Our customers range from experienced climbers, backcountry skiers and long-distance hikers to families buying their
first tent. Based on Basecamp Rewards data, about half of our members live within 15 miles of one of our stores, and
members who shop both in our stores and online spend approximately 2.4 times as much per year as members who shop in
only one channel. We believe our customers value expert advice, product quality and durability, and the ability to
try on and test gear before buying, and that they are less promotion-driven than the customers of general sporting
goods retailers.

## Vendors and Sourcing

@vendors We purchase merchandise from approximately 1,100 vendors. No vendor accounted for more than 10% of our
merchandise purchases in fiscal 2025; our largest vendor, a national outdoor apparel and footwear brand, accounted for
approximately 8.6% of purchases, and our ten largest vendors together accounted for approximately 41%. We do not have
long-term purchase commitments with our national brand vendors, and we purchase merchandise by purchase order. Our
private brand products are manufactured to our specifications by independent factories, principally in Vietnam
(approximately 46% of private brand purchases), China (22%), Bangladesh, Indonesia and Taiwan. We require factories to
comply with our supplier code of conduct, which addresses labor practices, safety and environmental standards, and we
use third-party auditors to monitor compliance.

## Distribution

We operate three distribution centers: a 620,000 square foot owned facility in Redmond, Oregon; a 480,000 square foot
leased facility in Ogden, Utah; and a 410,000 square foot leased facility in Janesville, Wisconsin that opened in
2024 to serve our Midwest and Northeast stores. Our distribution centers replenish stores and fulfill digital orders,
and most stores receive deliveries two or three times a week. Switchgrass operates a leased warehouse in Boise, Idaho.

## Information Technology

Our technology platform includes a cloud-based e-commerce site and mobile app, an order management system that
allocates digital orders across distribution centers and stores, a merchandise planning and allocation system, a
warehouse management system in each distribution center, and a point-of-sale system that supports mobile checkout in
our stores. In fiscal 2025 we completed the rollout of RFID tagging for footwear and outerwear, which improved
inventory accuracy and the availability of those products for store fulfillment of digital orders, and we began
replacing our merchandise planning system, a project we expect to complete in fiscal 2026.

## Conservation and Community

We donate a portion of our profits to organizations that maintain trails, protect rivers and improve access to the
outdoors, and our associates volunteer on trail crews and river cleanups. In fiscal 2025 we contributed $3.4 million
in cash and in-kind donations to more than 300 local organizations. Our Gear Second program buys back used gear from
Basecamp Rewards members for store credit and resells it in our stores and online; the program is not material to our
results but supports our commitment to durable, repairable products.

## Marketing

Our marketing emphasizes outdoor participation and expertise rather than price promotion. We communicate with
customers through email and app notifications personalized with Basecamp Rewards data, social media, sponsorship of
local trail and river conservation groups, and more than 4,000 free in-store clinics each year. We publish seasonal
buying guides and trip planning content on our website. Advertising expense is described in Note 1.

## Competition

The outdoor retail market is highly competitive. We compete with national and regional sporting goods chains,
other specialty outdoor retailers, department stores, mass merchants, warehouse clubs, brands that sell directly to
consumers through their own stores and websites, and online marketplaces. We believe we compete effectively on the
expertise of our associates, the depth of our technical assortment, services and rentals, our loyalty program, and
convenient store locations close to outdoor destinations. Some competitors have greater financial resources, larger
digital businesses or lower cost structures.

## Seasonality

@seasonality Our business is seasonal. Our fourth fiscal quarter, which includes the holiday selling season and the
start of the winter sports season, has historically generated the largest share of our net sales and operating
income. In fiscal 2025, the fourth quarter accounted for {pct(m.quarters[2025]['Net sales'][3] / s[2025])} of net
sales and {pct(m.quarters[2025]['Operating income'][3] / m.oi[2025])} of operating income. We build inventory and
typically borrow under our revolving credit facility in the third quarter ahead of the holiday season. Weather
conditions, such as a late spring or a winter with little snow, can significantly affect our sales of seasonal
merchandise. The following table shows the percentage of annual net sales by fiscal quarter:

[[season_table]]

## Intellectual Property

We own registered trademarks in the United States and other countries for Bramblecroft, Basecamp Rewards, Ridgeback,
Switchgrass Gear Co. and other marks. We believe our trademarks are valuable and we defend them against infringement.

## Government Regulation

We are subject to laws governing consumer protection, advertising and pricing, product safety, privacy and data
security, accessibility, employment and wages, import and customs, environmental matters such as the handling of
bicycle batteries and fuel canisters, and the sale of certain products such as bear spray and knives. Changes in
these laws, including tariffs on imported products, could increase our costs.

## Human Capital

@employees As of January 31, 2026, we employed approximately 9,800 associates, of whom approximately 3,900 were
full-time and 5,900 were part-time. Our workforce typically increases to approximately 12,400 during the holiday
season. None of our associates is represented by a labor union, and we believe our relations with our associates are
good. Approximately 84% of our store leaders were promoted from within.

We invest in our associates through seasonal product training, a gear allowance and deep employee discount, paid
time off for outdoor activities, a 401(k) plan with a company match, and health benefits for part-time associates who
work at least 20 hours per week. We raised starting wages in all markets in fiscal 2024 and fiscal 2025. We conduct
an engagement survey each year, and the results are reviewed with the Compensation Committee of our Board of
Directors.

## Information About Our Executive Officers

The following table lists our executive officers as of March 18, 2026:

[[officers]]

Nadia J. Forsberg joined Bramblecroft as Chief Merchandising Officer in 2015 and became Chief Executive Officer in
2020. She previously held merchandising leadership roles with a national sporting goods retailer. Ethan C. Marlowe
has served as Chief Financial Officer since 2022; he previously was chief financial officer of a regional apparel
retailer. Marcus D. Bellamy leads our store operations and began his career with Bramblecroft as a seasonal associate
in 1996. Gabriel Ortiz-Lund has led merchandising and planning since 2020. Hannah Whitcombe joined us in 2021 to lead
our digital and technology organization. Julia P. Serrano has served as General Counsel since 2019. Renee Castellano
has served as Chief Accounting Officer since 2018.

## Available Information

We make our Annual Reports on Form 10-K, Quarterly Reports on Form 10-Q, Current Reports on Form 8-K and amendments to
those reports available free of charge on the investor relations section of our website as soon as reasonably
practicable after we electronically file them with, or furnish them to, the SEC. The information on our website is
not part of this report.
"""


def risks(m) -> str:
    return f"""
!page

#1 Item 1A. Risk Factors

Investing in our common stock involves risks. You should carefully consider the risks described below, together with
the other information in this report, including our consolidated financial statements and related notes. If any of
these risks occurs, our business, financial condition and results of operations could be materially harmed.

## Risks Related to Our Business and Industry

### Our sales depend on consumer discretionary spending, which may decline in an economic downturn.

Outdoor apparel and equipment are discretionary purchases. Inflation, higher interest rates, unemployment, lower
home values, higher fuel prices or declines in consumer confidence could reduce spending on our products or shift
purchases toward lower-priced merchandise. Much of our equipment assortment, such as tents, bicycles and paddleboards,
carries high price points that customers can defer.

### Weather conditions and climate change affect demand for seasonal merchandise.

Demand for much of our assortment depends on the weather. Warm winters with little snow reduce sales of skis,
snowboards, outerwear and winter accessories, and a cold, wet spring delays sales of camping and paddling products.
Wildfires and smoke have closed trails and parks in several of our markets in recent summers. Unseasonable weather can
leave us with excess inventory that we must sell at reduced margins. Over time, climate change may shorten snow
seasons and alter outdoor participation in some of our markets.

### Participation in outdoor activities may not continue at current levels.

Participation in hiking, camping and cycling rose sharply in 2020 and 2021 and has since moderated. If participation
declines, or if new participants do not continue to buy gear, demand for our products could decrease. Restrictions on
access to public lands, including closures, permit systems and reduced funding for parks, could also reduce
participation.

### We face intense competition, including from online retailers and brands selling directly to consumers.

Our competitors include national sporting goods chains, specialty outdoor retailers, mass merchants, online
marketplaces and the brands we carry, many of which sell directly to consumers. Competitors may offer lower prices,
faster delivery or exclusive products, and vendors may limit the products they make available to us. Increased
promotional activity in our industry, as occurred in fiscal 2023 when the industry carried excess inventory, could
reduce our margins.

### Our success depends on our ability to anticipate and respond to changing consumer preferences.

We must predict trends in outdoor apparel, footwear and equipment many months in advance. If we misjudge demand for
particular styles, technologies or categories, we may be left with excess inventory that requires markdowns, or with
insufficient inventory of popular items, either of which could reduce our sales and margins.

## Risks Related to Our Operations

### Our growth depends on opening new stores profitably.

We plan to open approximately 18 stores in fiscal 2026. Our ability to open new stores on schedule and to operate them
profitably depends on finding suitable sites on acceptable lease terms, obtaining permits, hiring and training
associates, and building customer awareness in new markets. New stores may reduce sales at nearby existing stores and
may not perform as well as our existing stores. Store openings require significant capital and pre-opening expense.

### We may be required to record impairment charges for underperforming stores.

We evaluate store assets, including right-of-use assets, for impairment when a store's performance declines. We
recorded impairment charges of {mn(m.impair[2025])}, {mn(m.impair[2024])} and {mn(m.impair[2023])} in fiscal 2025,
2024 and 2023, respectively. Additional charges could be required if stores underperform, particularly in urban
locations affected by lower office occupancy and higher crime.

### Our operating lease obligations are substantial and most of our costs are fixed.

We lease substantially all of our stores and two of our distribution centers. At the end of fiscal 2025, our
operating lease liabilities totaled {mn(m.b['cur_lease'][2025] + m.b['lt_lease'][2025])}. We generally cannot cancel
leases if a store performs poorly, and we may remain obligated for rent on stores we close. Our occupancy costs and
much of our store payroll do not decline with sales, so declines in sales reduce our margins disproportionately.

### Disruptions at our distribution centers or in our supply chain could affect our ability to deliver merchandise.

Our three distribution centers replenish our stores and fulfill most digital orders. A fire, flood, earthquake,
labor shortage, system failure or other disruption at a distribution center could delay deliveries. Port congestion,
container shortages, carrier disruptions or higher freight rates could delay merchandise receipts and increase our
costs.

### We rely on foreign manufacturers for our private brand products and are exposed to tariffs and trade risks.

Our Ridgeback and Switchgrass products are made by independent factories in Asia, and many national brand products
we sell are also made outside the United States. Tariffs, quotas, trade disputes, changes in trade preferences,
political instability, currency fluctuations and labor disputes in sourcing countries could increase our costs or
disrupt supply. Tariffs on products from several Asian countries increased during fiscal 2025, and further increases
could reduce our margins if we cannot pass them on to customers.

### Failure of vendors and factories to comply with laws and ethical standards could harm our reputation.

We do not control our vendors or the factories that make our private brand products. Violations of labor,
environmental, product safety or customs laws, or practices that are inconsistent with our supplier code of conduct,
could result in product recalls, import detentions, legal liability and damage to our brand.

### Product recalls and product liability claims could be costly.

Some of our products, such as climbing equipment, bicycles, helmets, avalanche safety equipment and fuel canisters,
could cause serious injury if they fail. We may be subject to product liability claims and recalls, including for
products made by our vendors, and our insurance and vendor indemnities may not cover all resulting costs.

### Inventory shrink could increase.

Organized retail crime and employee theft have increased across the retail industry. Higher shrink reduces our
margins, and measures to prevent theft, such as security personnel and locked displays, increase costs and can make
shopping less convenient.

### Our business depends on attracting and retaining knowledgeable store associates and key leaders.

Our differentiation relies on associates who are experts in outdoor activities. The labor market for retail
associates remains competitive, and minimum wage increases in many of our markets raise our costs. We also depend on
our executive team and merchandising leaders; the loss of key personnel could disrupt our business.

### Our vendors may limit our access to products or sell more of their products directly to consumers.

Our relationships with leading outdoor brands are important to our assortment. Brands may decide to limit
distribution, allocate their most popular products to their own stores and websites, require us to carry products we
would not otherwise choose, or change their pricing and payment terms. The loss of, or a significant reduction in
purchases from, one or more key vendors could reduce our sales and margins.

### Increases in wage rates and other labor costs could reduce our profitability.

Many of the states and cities where we operate have enacted minimum wage increases, predictive scheduling rules and
paid leave mandates, and competition for retail associates has increased wages beyond legal minimums. Health care
costs continue to rise. We may not be able to offset these higher costs through pricing or productivity.

### We depend on third-party carriers to deliver merchandise to our stores and customers.

We rely on common carriers and parcel delivery companies to move merchandise from our distribution centers to our
stores and to deliver digital orders. Carrier rate increases, fuel surcharges, capacity constraints during peak
season, and labor disputes at carriers could increase our costs and delay deliveries, harming customer satisfaction.

### Our rental and service offerings expose us to additional liabilities.

Renting skis, bicycles, kayaks and other equipment and performing mechanical services involve risks of personal
injury, which could lead to claims that exceed our insurance coverage. Regulation of guided activities and classes
could also increase our costs or limit these offerings.

### Our business could be affected by public health emergencies, natural disasters or civil unrest.

Pandemics, wildfires, earthquakes, severe storms, power outages and civil unrest could force temporary store closures,
disrupt our distribution centers and supply chain, or reduce customer traffic. Several of our stores and our Redmond,
Oregon distribution center are located in areas subject to wildfire risk.

### Our results may fluctuate significantly from quarter to quarter.

Our quarterly results depend on the timing of holidays, weather, new store openings, promotional events and
shifts in the fiscal calendar, including the 53rd week that occurs every five or six years. Because the fourth
quarter generates a disproportionate share of our operating income, weak holiday sales could have a significant
effect on our annual results, and quarterly results may not be indicative of results for the full year.

### Our brand and reputation could be harmed by negative publicity.

Our success depends on the trust of outdoor enthusiasts. Negative publicity about product safety, labor practices
in our supply chain, our environmental practices, associate treatment, or statements by our executives or associates
on social media could damage our reputation and reduce customer loyalty and sales.

### Failure to execute our omnichannel strategy could affect our competitiveness.

Customers expect to move seamlessly between our stores, website and app, with accurate inventory information and
fast fulfillment. If we fail to deliver the service levels customers expect, or if investments in fulfillment
capabilities do not generate adequate returns, our sales and profitability could suffer. Shipping costs for digital
orders are generally higher than the cost of serving customers in our stores, so continued growth in digital sales
could reduce our margins.

## Risks Related to Technology and Data

### A security breach or cyber incident could harm our business and reputation.

We collect and store personal information about our customers, including Basecamp Rewards members, and our
associates, and we process payment card data. A breach of our systems or those of our service providers, including
through ransomware or compromised credentials, could expose this information, disrupt our operations, result in
litigation and regulatory penalties, and damage customer trust. See Item 1C. Cybersecurity.

### Our digital business depends on reliable technology and changing privacy rules.

We rely on our e-commerce platform, mobile app, order management and inventory systems to sell across channels. System
failures, poor performance during peak periods, or failed upgrades could reduce sales. Changes in privacy laws and
in the policies of technology platforms limit how we use customer data for personalized marketing, and we are
defending litigation related to website tracking technologies, as described in Item 3.

### Changes in payment card rules and fees could increase our costs.

Most of our sales are paid by credit or debit card, and we pay interchange and other fees that may increase. We must
also comply with payment card industry security standards. A failure to comply could result in fines or the loss of
our ability to accept cards.

### We may not successfully implement our new merchandise planning system.

We are replacing our merchandise planning and allocation system, which is central to how we buy and distribute
inventory to our stores. Delays, cost overruns or problems in the transition could cause us to buy too much or too
little of certain products, allocate inventory poorly among stores, and reduce sales and margins.

### Legal and regulatory proceedings could be costly.

We are involved in legal proceedings, including the consumer class actions described in Item 3, and we may become
subject to additional claims relating to wage-and-hour practices, accessibility of our stores and website, product
safety, advertising and privacy. Class action litigation in these areas is frequent in our industry, can be costly to
defend, and could result in significant settlements or judgments.

## Risks Related to Our Financial Condition and Common Stock

### Our level of indebtedness and lease obligations could adversely affect our financial flexibility.

Together with our operating lease liabilities, our debt obligations are significant. These obligations require a
substantial portion of our cash flow, could limit our ability to obtain additional financing, and could make us more
vulnerable to economic downturns. Rising interest rates would increase the cost of our variable-rate borrowings.

### Unclaimed property laws and changes in consumer behavior could affect our gift card and loyalty programs.

We recognize breakage income on gift cards and expired rewards based on historical redemption patterns. Changes in
state unclaimed property laws could require us to remit unredeemed gift card balances to states, and changes in
redemption behavior could affect the timing and amount of revenue we recognize.

### Stockholder activism and expectations regarding environmental and social matters could affect our business.

Activist stockholders could seek changes in our strategy, Board or capital allocation, which could be costly and
distracting. Customers, associates and investors increasingly evaluate companies on environmental and social
matters, including product sourcing, and our reputation could be harmed if we do not meet their expectations.

### Our credit agreement contains restrictions that limit our flexibility.

Our term loan and asset-based revolving credit facility contain covenants that restrict our ability to incur
additional debt, grant liens, make investments, pay dividends and repurchase shares above specified levels. Our
borrowing capacity under the revolving facility depends on the value of our inventory and receivables. A breach of
these covenants could result in acceleration of our debt.

### Changes in tax laws or accounting rules could affect our results.

Changes in federal or state tax rates, sales tax collection requirements or the interpretation of tax laws could
increase our tax expense or the prices customers pay. Changes in accounting standards, such as those related to
leases, could affect our reported results.

### Goodwill and the Switchgrass trade name could become impaired.

We have goodwill and an indefinite-lived trade name intangible asset related to the Switchgrass acquisition. If
the wholesale business performs below our expectations, we could be required to record an impairment charge.

### Our stock price may be volatile, and we do not pay dividends.

The price of our common stock may fluctuate significantly in response to our comparable sales, margins, guidance,
industry conditions and general market conditions. We have never paid cash dividends and do not expect to do so in the
foreseeable future, so returns to stockholders will depend on appreciation in the price of our stock.

### Anti-takeover provisions could discourage an acquisition of the Company.

Our certificate of incorporation and by-laws include provisions, such as the ability of our Board to issue preferred
stock and advance notice requirements for stockholder proposals, that could delay or prevent a change in control.
"""


def item1c_to_3(m) -> str:
    return """
#1 Item 1C. Cybersecurity

## Cybersecurity Risk Management and Strategy

Our information security program is designed to protect customer, associate and company data and the systems that
run our stores, distribution centers and digital channels. The program is based on recognized industry frameworks and
the Payment Card Industry Data Security Standard, with which we validate compliance annually. Key elements include
network segmentation of payment systems, endpoint detection and response on all corporate devices, multifactor
authentication, continuous monitoring by a managed security operations center, regular vulnerability scanning,
annual penetration testing by an external firm, and quarterly phishing awareness training for associates who use
corporate email. We review the security practices of vendors that handle our data, including our e-commerce platform
and payment processors, and include security requirements in our contracts with them.

We did not identify any cybersecurity threats or incidents during fiscal 2025 that materially affected, or are
reasonably likely to materially affect, the Company, including our business strategy, results of operations or
financial condition. For additional information about these risks, see Item 1A. Risk Factors.

## Cybersecurity Governance

Our Vice President of Information Security, who reports to our Chief Digital and Technology Officer, manages the
program and has more than fifteen years of experience in retail and payments security. Management's Cyber Risk
Committee, which includes our Chief Financial Officer and General Counsel, meets monthly. The Audit Committee of our
Board of Directors oversees cybersecurity risk and receives reports from the Vice President of Information Security at
least quarterly, including on the results of assessments, incident response exercises and program initiatives. Our
incident response plan defines escalation procedures for significant incidents, including notification of the Audit
Committee chair.

#1 Item 2. Properties

We lease substantially all of our stores. Our store leases generally have initial terms of ten years with two or three
five-year renewal options, and many provide for rent increases during the term and for payment of common area
maintenance costs, real estate taxes and insurance. We own our headquarters in Bend, Oregon (approximately 185,000
square feet) and our Redmond, Oregon distribution center, and we lease our Ogden, Utah and Janesville, Wisconsin
distribution centers and the Switchgrass office and warehouse in Boise, Idaho. Our principal non-store facilities are
as follows:

[[facilities]]

The following table shows the number of stores we operated in each state at the end of fiscal 2025:

[[stores_by_state]]

#1 Item 3. Legal Proceedings

@legal Reference pricing litigation. In April 2024, a putative class action was filed against the Company in the
Superior Court of California, County of Los Angeles, alleging that "compare at" reference prices displayed for
certain Ridgeback products in our California stores and on our website were misleading under California consumer
protection laws. In December 2025, the parties reached an agreement in principle at mediation to settle the matter on
a class-wide basis, subject to court approval. We recorded an accrual of $2.4 million for the proposed settlement in
the fourth quarter of fiscal 2025.

@legal Privacy litigation. In June 2025, a putative class action was filed against the Company in the United States
District Court for the District of Oregon alleging that tracking technologies on our website and mobile app disclosed
customers' browsing and purchase information to third-party advertising platforms in violation of federal and state
wiretap and privacy laws. The plaintiffs seek statutory damages and injunctive relief. Our motion to dismiss is
pending. We believe we have strong defenses and intend to defend the case vigorously. We have not recorded an accrual
because a loss is not probable and a reasonably possible loss cannot be estimated.

We are also involved from time to time in other legal proceedings incidental to our business, including
employment-related claims, premises liability and product liability claims. We do not believe that the outcome of
these matters will have a material adverse effect on our financial position, results of operations or liquidity. See
Note 12, Commitments and Contingencies.

#1 Item 4. Mine Safety Disclosures

Not applicable.
"""


def item5(m) -> str:
    return f"""
!page

#P PART II

#1 Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity
Securities

## Market Information

Our common stock trades on the Nasdaq Global Select Market under the symbol "BRMB." On March 13, 2026, there were 318
stockholders of record. The number of beneficial owners is substantially greater because most of our shares are held
through brokers and other institutions.

## Dividends

We have never declared or paid cash dividends on our common stock. We currently intend to retain earnings to fund
the growth of our business and to repurchase shares, and we do not anticipate paying cash dividends in the
foreseeable future. Our credit agreement limits our ability to pay dividends.

## Stock Performance Graph

The following table compares the cumulative total return on our common stock with the cumulative total returns of the
Nasdaq Composite Index and the S&P Retail Select Industry Index for the five fiscal years ended January 31, 2026,
assuming an investment of $100 at the end of fiscal 2020 and the reinvestment of any dividends.

[[perf_graph]]

## Issuer Purchases of Equity Securities

@repurchase_program In March 2024, our Board of Directors authorized a program to repurchase up to $200 million of our
common stock through March 2027. During fiscal 2025 we repurchased {m.sh_repurch[2025] / 1000:.2f} million shares
for {mn(m.repurch[2025])}. Repurchases in the fourth quarter of fiscal 2025 were as follows:

[[repurchases]]

(1) All shares were purchased in open-market transactions under the March 2024 program. Monthly periods follow our
fiscal calendar. Excludes shares withheld to satisfy tax withholding on the vesting of equity awards.

## Equity Compensation Plan Information

The following table provides information about our equity compensation plans as of January 31, 2026:

[[eq_plans]]

(a) Consists of restricted stock units and performance stock units (at target), which have no exercise price, and
stock options. (b) Weighted-average exercise price of outstanding stock options only.

## Recent Sales of Unregistered Securities

None.

#1 Item 6. [Reserved]
"""


def mdna(m) -> str:
    s, g, oi, b, cf = m.sales, m.gp, m.oi, m.b, m.cf
    gm = {y: g[y] / s[y] for y in s}
    om = {y: oi[y] / s[y] for y in s}
    sga = {y: m.sga[y] / s[y] for y in s}
    etr = {y: m.tax[y] / m.pretax[y] for y in s}
    adj24 = s[2024] / (s[2023] - m.week53) - 1
    return f"""
!page

#1 Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations

This discussion and analysis should be read with our consolidated financial statements and related notes in Item 8.
It covers fiscal 2025 compared with fiscal 2024 and fiscal 2024 compared with fiscal 2023. Dollar amounts in the
tables are in thousands, except per share data, and are discussed in the text in millions.

## Overview

Bramblecroft is a specialty outdoor retailer operating {m.stores[2025]} stores in 19 states and digital channels,
and the owner of the Switchgrass Gear Co. brand, which we also sell at wholesale. Our results are driven by comparable
sales, new store growth, merchandise margins and our ability to leverage occupancy and store payroll costs.

Fiscal 2025 highlights:

- Net sales increased {chg(s[2025], s[2024])} to {mn(s[2025])}, and comparable sales increased {m.comp[2025]:.1f}%.
- We opened {m.opened[2025]} stores and ended the year with {m.stores[2025]} stores.
- Gross margin increased {bps(gm[2025], gm[2024])} basis points to {pct(gm[2025])} of net sales.
- Operating income increased {chg(oi[2025], oi[2024])} to {mn(oi[2025])}, or {pct(om[2025])} of net sales.
- Diluted earnings per share were ${m.eps_dil[2025]:.2f}, compared with ${m.eps_dil[2024]:.2f} in fiscal 2024.
- We repurchased {mn(m.repurch[2025])} of our common stock and repaid all borrowings under our revolving credit
facility, ending the year with {mn(b['cash'][2025])} of cash and cash equivalents.

## Key Performance Indicators

We use the following measures to evaluate our performance. Comparable sales include net sales from stores open at
least 13 full fiscal months and from our digital channels, and exclude sales from stores closed or relocated during
the period. Comparable sales for fiscal 2024 are calculated on a 52-week basis, comparing the 52 weeks of fiscal 2024
with the corresponding 52 weeks of fiscal 2023. Our definition of comparable sales may differ from those of other
retailers.

[[kpis]]

## Results of Operations

The following table presents our results of operations in dollars and as a percentage of net sales:

[[mdna_results]]

## Fiscal 2025 Compared with Fiscal 2024

#### Net sales

@sales_drivers Net sales increased {mn(s[2025] - s[2024])}, or {chg(s[2025], s[2024])}, to {mn(s[2025])} in fiscal
2025. Retail segment net sales increased {mn(m.retail[2025] - m.retail[2024])}, or {chg(m.retail[2025],
m.retail[2024])}. Comparable sales increased {m.comp[2025]:.1f}%, contributing {mn(m.comp_dollars)}, as the number of
transactions increased 2.6% and average ticket increased 1.7%. Comparable sales grew in every region and in all
merchandise categories except cycling, led by footwear, camping equipment and snow sports, which benefited from early
snowfall in the Rocky Mountains in November and December. Non-comparable sales, primarily from stores opened in
fiscal 2024 and 2025, contributed {mn(m.noncomp)}. Digital sales increased {chg(m.digital[2025], m.digital[2024])}.
Brands and Wholesale net sales to external customers increased {mn(m.wholesale_ext[2025] - m.wholesale_ext[2024])},
or {chg(m.wholesale_ext[2025], m.wholesale_ext[2024])}, reflecting new accounts with independent specialty retailers
and higher reorders of the Switchgrass backpacking tent line.

[[sales_bridge]]

#### Gross profit

@gm_drivers Gross profit, which is net sales less cost of sales including buying, occupancy and distribution costs,
increased {mn(g[2025] - g[2024])} to {mn(g[2025])}. Gross margin increased {bps(gm[2025], gm[2024])} basis points to
{pct(gm[2025])} from {pct(gm[2024])}. Merchandise margin improved because we sold fewer items on clearance as our
inventory was better aligned with demand, inbound freight costs declined, and higher-margin private brands increased to
21.4% of Retail net sales. We also leveraged occupancy costs on the comparable sales increase. These improvements were
partially offset by higher shipping costs associated with digital sales growth, new tariffs on private brand products
sourced from Asia, and higher inventory shrink in several urban stores.

#### Selling, general and administrative expenses

SG&A expenses increased {mn(m.sga[2025] - m.sga[2024])}, or {chg(m.sga[2025], m.sga[2024])}, to {mn(m.sga[2025])}.
The increase reflected store payroll and operating costs for new stores, higher wage rates, higher incentive and
share-based compensation, and increased investment in digital marketing and technology. SG&A as a percentage of net
sales decreased to {pct(sga[2025])} from {pct(sga[2024])}, as comparable sales growth allowed us to leverage store
payroll and corporate overhead. SG&A in fiscal 2025 included the {mn(2400)} accrual for the proposed settlement of
the reference pricing litigation described in Item 3.

Comparable sales by quarter were as follows:

[[comp_by_q]]

#### Pre-opening expenses and impairment

Pre-opening expenses, which consist of rent, payroll, training and marketing costs incurred before a store opens,
increased to {mn(m.preopen[2025])} from {mn(m.preopen[2024])}, reflecting {m.opened[2025]} store openings compared with
{m.opened[2024]}. Impairment of long-lived assets was {mn(m.impair[2025])}, related to three underperforming stores,
compared with {mn(m.impair[2024])} for five stores in fiscal 2024. See Note 15.

#### Operating income

@opm_drivers Operating income increased {mn(oi[2025] - oi[2024])}, or {chg(oi[2025], oi[2024])}, to {mn(oi[2025])},
and operating margin increased to {pct(om[2025])} from {pct(om[2024])}. Higher gross margin, leverage of SG&A on
comparable sales growth and lower impairment charges more than offset higher pre-opening expenses.

#### Interest expense, net

Interest expense, net decreased to {mn(m.int_exp[2025])} from {mn(m.int_exp[2024])}, because average borrowings under
our revolving credit facility were lower, the term loan balance declined with scheduled amortization, and we earned
more interest income on higher cash balances. Our interest rate swap fixes the rate on $100 million of term loan
borrowings.

#### Income taxes

Our effective income tax rate was {pct(etr[2025])} in fiscal 2025, compared with {pct(etr[2024])} in fiscal 2024. The
decrease reflected excess tax benefits from share-based awards that vested at higher stock prices and a lower state
tax rate, partially offset by non-deductible executive compensation. See Note 8.

#### Net income

Net income increased to {mn(m.ni[2025])}, or ${m.eps_dil[2025]:.2f} per diluted share, from {mn(m.ni[2024])}, or
${m.eps_dil[2024]:.2f} per diluted share. Share repurchases reduced diluted weighted-average shares outstanding by
approximately {pct(1 - m.sh_dil[2025] / m.sh_dil[2024])}.

#### Net sales by category and channel

@category_drivers Footwear was our fastest-growing category in fiscal 2025, with net sales up
{chg(m.category['Footwear'][2025], m.category['Footwear'][2024])}, driven by trail running shoes and insulated winter
boots. Apparel net sales increased {chg(m.category['Apparel'][2025], m.category['Apparel'][2024])}, led by Ridgeback
technical layers. Camping and climbing equipment net sales increased
{chg(m.category['Camping and climbing equipment'][2025], m.category['Camping and climbing equipment'][2024])}, as
strong demand for Switchgrass tents and packs offset lower sales of climbing hardware. Cycling, paddle and snow net
sales increased {chg(m.category['Cycling, paddle and snow'][2025], m.category['Cycling, paddle and snow'][2024])},
as higher snow sports sales more than offset a decline in bicycles. Digital sales grew faster than store sales, and
digital penetration of Retail net sales increased to {pct(m.digital[2025] / m.retail[2025])}; buy-online-pick-up-in-
store orders, which generate additional store purchases, grew faster than shipped orders.

[[cat_growth]]

## Fiscal 2024 Compared with Fiscal 2023

@week53 Net sales increased {mn(s[2024] - s[2023])}, or {chg(s[2024], s[2023])}, to {mn(s[2024])} in fiscal 2024.
Fiscal 2023 included a 53rd week, which contributed {mn(m.week53)} of net sales; excluding the 53rd week from fiscal
2023, net sales increased {pct(adj24)}. Comparable sales increased {m.comp[2024]:.1f}% on a 52-week basis, as higher
transactions in the second half of the year offset weaker sales of bicycles and paddle equipment, and new stores
contributed the remainder of the increase. Gross margin increased to {pct(gm[2024])} from {pct(gm[2023])}, primarily
because clearance activity returned to more normal levels after the industry-wide inventory surplus of fiscal 2023.
SG&A increased to {pct(sga[2024])} of net sales from {pct(sga[2023])}, reflecting wage increases and the opening of
our Janesville distribution center, and impairment charges increased to {mn(m.impair[2024])} from
{mn(m.impair[2023])}. Operating income decreased to {mn(oi[2024])} from {mn(oi[2023])}, and net income decreased to
{mn(m.ni[2024])} from {mn(m.ni[2023])}.

By segment, Retail net sales increased {chg(m.retail[2024], m.retail[2023])} in fiscal 2024, and Retail segment
operating income decreased to {mn(m.seg_oi['Retail'][2024])} from {mn(m.seg_oi['Retail'][2023])} because of the
higher impairment charges, Janesville distribution center start-up costs and wage increases. Brands and Wholesale
net sales to external customers increased {chg(m.wholesale_ext[2024], m.wholesale_ext[2023])}, and its segment
operating income increased to {mn(m.seg_oi['Wholesale'][2024])} from {mn(m.seg_oi['Wholesale'][2023])}, as
independent retailers returned to normal ordering patterns after reducing inventories in fiscal 2023. Interest
expense, net increased to {mn(m.int_exp[2024])} from {mn(m.int_exp[2023])} on higher seasonal borrowings, and the
effective tax rate was {pct(m.tax[2024] / m.pretax[2024])} compared with {pct(m.tax[2023] / m.pretax[2023])}.

## Fourth Quarter Results

@q4_results Net sales in the fourth quarter of fiscal 2025 increased
{chg(m.quarters[2025]['Net sales'][3], m.quarters[2024]['Net sales'][3])} to {mn(m.quarters[2025]['Net sales'][3])},
with comparable sales up 5.8%, as early-season snowfall in the Rocky Mountains and strong holiday demand for footwear
and insulated outerwear more than offset lower bicycle sales. Gross margin was
{pct(m.quarters[2025]['Gross profit'][3] / m.quarters[2025]['Net sales'][3])}, compared with
{pct(m.quarters[2024]['Gross profit'][3] / m.quarters[2024]['Net sales'][3])}, on lower clearance activity. Operating
income increased to {mn(m.quarters[2025]['Operating income'][3])} from {mn(m.quarters[2024]['Operating income'][3])},
despite the {mn(2400)} litigation accrual.

[[q4_table]]

## Segment Results

We measure segment performance using segment operating income, which excludes unallocated corporate expenses and the
elimination of intersegment profit. Brands and Wholesale segment net sales include sales to our Retail segment, which
are eliminated in consolidation.

[[seg_table]]

@seg_drivers Retail segment operating income increased to {mn(m.seg_oi['Retail'][2025])} from
{mn(m.seg_oi['Retail'][2024])}, and Retail segment operating margin improved to
{pct(m.seg_oi['Retail'][2025] / m.retail[2025])} from {pct(m.seg_oi['Retail'][2024] / m.retail[2024])}, reflecting
comparable sales growth, higher merchandise margins and lower impairment charges. Brands and Wholesale segment
operating income increased to {mn(m.seg_oi['Wholesale'][2025])} from {mn(m.seg_oi['Wholesale'][2024])}, as higher
external and intersegment volumes more than offset tariff costs. Sales of Switchgrass products to our Retail segment
increased {chg(m.interseg[2025], m.interseg[2024])} as we expanded the brand's assortment in our stores.

## Store Activity

[[store_roll]]

@store_openings In fiscal 2025 we opened stores in Arizona (2), California (2), Colorado (2), Idaho, Massachusetts,
Minnesota, Montana, New Mexico, New York, Utah, Vermont, Washington and Wisconsin, and we closed one store in each of
California, Oregon and Washington at the end of their lease terms. We plan to open approximately 18 stores in fiscal
2026, including entries into two new states, and to relocate two stores. New stores opened since fiscal 2022 have
generally reached our sales and profitability targets within their
second full year of operation.

## Inventory

Merchandise inventories were {mn(m.b['inv'][2025])} at the end of fiscal 2025, an increase of
{chg(m.b['inv'][2025], m.b['inv'][2024])} from a year earlier, compared with a {chg(m.sales[2025], m.sales[2024])}
increase in net sales and a {chg(m.stores[2025], m.stores[2024])} increase in store count. We believe our inventory is
well positioned, with clearance inventory below the prior-year level. The following table summarizes our inventory
position:

[[inv_metrics]]

## Inflation and Tariffs

Product cost inflation moderated in fiscal 2025 for national brand merchandise, while tariffs increased the landed
cost of private brand products sourced from several Asian countries beginning in the second quarter. We mitigated
tariff costs through selective price increases, negotiations with our factories and shifts in sourcing, and the net
effect on gross margin was approximately 20 basis points. Wage inflation continued to increase store payroll costs.
Further tariff increases could raise our costs in fiscal 2026.

## Fiscal 2026 Outlook

For fiscal 2026, which will include 52 weeks, we plan to open approximately 18 new stores, continue to invest in our
digital capabilities and merchandise planning systems, and expect capital expenditures of $90 million to $100
million. We expect to fund these investments and our share repurchases from operating cash flow.

## Non-GAAP Financial Measures

We present adjusted EBITDA and free cash flow because we believe they help investors understand our operating
performance and cash generation. We define adjusted EBITDA as operating income plus depreciation and amortization,
impairment of long-lived assets and share-based compensation expense, and free cash flow as net cash provided by
operating activities less purchases of property and equipment. These measures are not defined under U.S. GAAP,
should be considered in addition to, not as substitutes for, GAAP measures, and may not be comparable to similarly
titled measures of other companies.

[[adj_ebitda]]

## Liquidity and Capital Resources

@liquidity_sources Our primary sources of liquidity are cash flows from operations, cash and cash equivalents, and
borrowing availability under our asset-based revolving credit facility (the "ABL Facility"). At January 31, 2026, we
had cash and cash equivalents of {mn(b['cash'][2025])}, no borrowings under the ABL Facility, and
{mn(m.abl_avail)} of borrowing availability after {mn(m.abl_lc)} of outstanding letters of credit, based on a
borrowing base of {mn(m.abl_base)}. Our borrowings under the ABL Facility follow the seasonal pattern of our
inventory; in fiscal 2025 they peaked at {mn(78000)} in October. We believe that our cash, operating cash flows and
available borrowings will be sufficient to fund operations, capital expenditures, debt service and planned share
repurchases for at least the next twelve months and the foreseeable future.

[[liquidity]]

## Cash Flows

[[cf_summary]]

Operating activities. Net cash provided by operating activities increased to {mn(cf['cfo'][2025])} from
{mn(cf['cfo'][2024])}, primarily because of higher net income. Merchandise inventories increased
{mn(b['inv'][2025] - b['inv'][2024])}, or {chg(b['inv'][2025], b['inv'][2024])}, supporting new stores and higher
sales; inventory per store was essentially unchanged. Accounts payable increased {mn(b['ap'][2025] - b['ap'][2024])}
due to the timing of merchandise receipts.

Investing activities. Net cash used in investing activities consisted of capital expenditures of
{mn(m.capex[2025])} in fiscal 2025 and {mn(m.capex[2024])} in fiscal 2024. Capital expenditures by category were as
follows:

[[capex_cat]]

We expect capital expenditures of approximately $90 million to $100 million in fiscal 2026, primarily for new stores,
remodels and technology.

Financing activities. Net cash used in financing activities was {mn(-cf['cff'][2025])} in fiscal 2025, including
share repurchases of {mn(m.repurch[2025])}, net repayments of {mn(-(cf['rev_in'][2025] + cf['rev_out'][2025]))} under
the ABL Facility and scheduled term loan payments of {mn(-cf['term_out'][2025])}.

## Material Cash Requirements

Our material cash requirements consist of operating lease payments, merchandise purchases, payroll, capital
expenditures, debt service and income taxes. Our lease obligations are the largest of these commitments and are
summarized under Contractual Obligations below and in Note 7. We also expect to spend approximately $4 million on
pre-opening costs for stores opening in fiscal 2026. We intend to fund these requirements from operating cash flow,
cash on hand and, during our seasonal peak, borrowings under the ABL Facility.

## Credit Facilities

Our credit agreement provides a term loan, which had an outstanding balance of {mn(m.term[2025])} at January 31, 2026,
and the $300 million ABL Facility, each maturing in October 2027. The term loan amortizes at $7.5 million per year and
bears interest at SOFR plus 1.75%; we have fixed the rate on $100 million of the term loan through October 2027 with
an interest rate swap. Borrowings under the ABL Facility bear interest at SOFR plus 1.25% to 1.75%, depending on
availability. The credit agreement requires us to maintain a fixed charge coverage ratio of at least 1.0 to 1.0 when
availability under the ABL Facility is less than the greater of 10% of the borrowing base or $25 million. We were in
compliance with all covenants at January 31, 2026. In February 2026 we amended the ABL Facility, as described in Note
19.

## Seasonal Borrowings

We typically borrow under the ABL Facility in the third quarter to finance inventory purchases ahead of the holiday
season and repay the borrowings in the fourth quarter. The following table summarizes our ABL Facility borrowings:

[[abl_usage]]

## Share Repurchases

We repurchased {m.sh_repurch[2025] / 1000:.2f} million shares for {mn(m.repurch[2025])} in fiscal 2025 and
{m.sh_repurch[2024] / 1000:.2f} million shares for {mn(m.repurch[2024])} in fiscal 2024. At January 31, 2026,
{mn(m.repurch_remaining * 1000)} remained available under our March 2024 program. In March 2026 our Board authorized an
additional $150 million of repurchases.

## Contractual Obligations

Our contractual obligations at January 31, 2026 were as follows:

[[contractual]]

(1) Operating lease obligations exclude approximately $86.4 million of payments for leases signed but not yet
commenced, primarily for stores scheduled to open in fiscal 2026. (2) Purchase obligations consist primarily of open
purchase orders for merchandise, which are generally cancelable without penalty before the vendor ships the goods.

## Critical Accounting Estimates

#### Merchandise inventories

@inv_estimate We value merchandise inventories at the lower of cost or net realizable value using the weighted-average
cost method. We record reserves for expected markdowns on slow-moving and seasonal merchandise based on sell-through,
aging and planned promotions, and we estimate inventory shrink between physical counts based on historical results.
A 10% change in our markdown and shrink reserves at January 31, 2026 would have changed cost of sales by approximately
$1.6 million.

#### Impairment of long-lived assets

We review store assets for impairment when a store's results indicate that its carrying amount may not be
recoverable, generally after a store has been open for at least two full years. Estimating the undiscounted cash flows
and fair value of a store, including the fair value of its right-of-use asset based on market rents, requires
judgment about future sales, margins and expenses.

#### Loyalty program and gift cards

Basecamp Rewards members earn points that convert into rewards certificates. We defer a portion of revenue for points
earned, based on the estimated standalone selling price of rewards and expected redemption rates, and recognize it when
rewards are redeemed or expire. We recognize breakage on gift cards in proportion to the pattern of redemption, based
on historical redemption data. Changes in redemption rates could affect net sales.

#### Self-insurance

We are self-insured for workers' compensation, general liability and employee medical claims up to stop-loss limits.
We estimate our liabilities using historical claims experience, loss development factors and actuarial analyses. A
10% change in our self-insurance liabilities at January 31, 2026 would have affected pre-tax income by approximately
$1.3 million.

#### Income taxes

We estimate our income tax provision based on the tax laws in effect in the jurisdictions where we operate, which
requires judgment about the deductibility of certain expenses and the apportionment of income among states. Our
effective tax rate could change as a result of changes in the mix of earnings among states, changes in tax law, or
the resolution of audits.

#### Leases

We measure lease liabilities using our incremental borrowing rate, which we estimate based on the rates we would pay
to borrow on a collateralized basis over similar terms. We include renewal options in the lease term only when we are
reasonably certain to exercise them.

## Recent Accounting Pronouncements

See Note 1 for recently issued accounting pronouncements.
"""


def item7a(m) -> str:
    var = m.term[2025] - 100000
    return f"""
#1 Item 7A. Quantitative and Qualitative Disclosures About Market Risk

Interest rate risk. Borrowings under our term loan and ABL Facility bear interest at variable rates. At January 31,
2026, {mn(m.term[2025])} was outstanding under the term loan, of which $100 million was subject to an interest rate
swap, leaving {mn(var)} of variable-rate debt. A hypothetical 100 basis point increase in interest rates would
increase our annual interest expense on that debt, and on average ABL Facility borrowings at fiscal 2025 levels, by
approximately $0.5 million. We invest excess cash in money market funds, and changes in interest rates affect our
interest income.

The following table summarizes our variable-rate debt at January 31, 2026 and the estimated effect of a hypothetical
100 basis point increase in interest rates on annual interest expense:

[[rate_sens]]

Inflation. Inflation in merchandise costs, freight, wages and occupancy costs affects our results. We seek to offset
cost increases through pricing, sourcing and productivity, but we may not be able to do so fully or promptly.

Foreign currency. Substantially all of our sales and purchases are denominated in U.S. dollars. Our private brand
purchases are priced in U.S. dollars, but changes in the value of the dollar against the currencies of sourcing
countries can affect our costs over time. We do not use currency derivatives.
"""


def cams() -> list[tuple[str, str, str]]:
    return [
        ("Merchandise inventories - markdown reserve",
         "As described in Note 1 to the consolidated financial statements, the Company records a reserve to reduce "
         "merchandise inventories to net realizable value for goods expected to be sold below cost. The reserve is "
         "based on management's estimates of future selling prices, considering sell-through rates, inventory aging "
         "and planned promotions. Auditing the reserve was complex because of the subjectivity of the assumptions "
         "about future markdowns for seasonal merchandise.",
         "Our procedures included testing the design and operating effectiveness of controls over the markdown "
         "reserve, evaluating the assumptions used by comparing them with historical sell-through and markdown "
         "results, testing the completeness and accuracy of inventory aging data, and comparing the reserve with "
         "markdowns actually taken after year end."),
        ("Impairment of store long-lived assets",
         "As described in Notes 1 and 15, the Company evaluates store-level property and equipment and operating lease "
         "right-of-use assets for impairment when indicators exist. For stores whose assets are not recoverable, fair "
         "value is estimated using discounted cash flows and market rents. Auditing the evaluation required "
         "especially subjective judgment about projected store sales growth and market rent assumptions.",
         "Our procedures included testing controls over the impairment process, evaluating projected sales and "
         "margins against historical results and the performance of comparable stores, testing the market rent "
         "assumptions with the assistance of our valuation professionals, and performing sensitivity analyses."),
    ]


def notes(m) -> str:
    b = m.b
    return f"""
## NOTES TO CONSOLIDATED FINANCIAL STATEMENTS

## Note 1. Description of Business and Summary of Significant Accounting Policies

Description of business. Bramblecroft Outfitters, Inc. and its subsidiaries operate specialty outdoor retail stores
and digital channels in the United States and design and sell Switchgrass Gear Co. camping equipment at wholesale.
The Company has two reportable segments, Retail and Brands and Wholesale.

Principles of consolidation and basis of presentation. The consolidated financial statements include the accounts of
Bramblecroft Outfitters, Inc. and its wholly owned subsidiaries, are prepared in accordance with U.S. GAAP, and
eliminate all intercompany transactions and balances.

Fiscal year. Our fiscal year ends on the Saturday closest to January 31. Fiscal 2025 and fiscal 2024 were 52-week
years ended January 31, 2026 and February 1, 2025, and fiscal 2023 was a 53-week year ended February 3, 2024.

Use of estimates. Preparation of financial statements requires estimates and assumptions that affect reported
amounts. Significant estimates include inventory markdown and shrink reserves, impairment of long-lived assets,
loyalty program and gift card liabilities, self-insurance liabilities, lease accounting and income taxes. Actual
results could differ from these estimates.

Cash and cash equivalents. Cash equivalents consist of money market funds and highly liquid investments with original
maturities of three months or less, as well as amounts due from credit and debit card processors, which settle within
a few days.

Receivables. Receivables consist primarily of amounts due from wholesale customers, vendor allowances receivable and
tenant improvement allowances due from landlords, and are stated net of an allowance for credit losses, which was not
material.

Merchandise inventories. Merchandise inventories are stated at the lower of weighted-average cost or net realizable
value. We include in inventory the costs of freight to our distribution centers and certain buying and distribution
costs. We record reserves for markdowns on merchandise expected to be sold below cost and for estimated shrink.

Vendor allowances. We receive allowances from vendors for cooperative advertising, volume purchases and markdowns.
Allowances are recorded as a reduction of the cost of merchandise and recognized in cost of sales as the related
inventory is sold, unless they reimburse specific, incremental and identifiable costs, in which case they reduce
those costs.

Property and equipment. Property and equipment is stated at cost less accumulated depreciation. Depreciation is
computed on a straight-line basis over 30 to 40 years for buildings, the shorter of the lease term or 10 years for
leasehold improvements, 3 to 7 years for fixtures and equipment, and 3 to 5 years for computer hardware and software.

Leases. We lease stores, distribution centers, vehicles and equipment. At lease commencement we recognize a
right-of-use asset and a lease liability based on the present value of fixed lease payments over the lease term.
Variable payments based on sales or indexes, common area maintenance, taxes and insurance are expensed as incurred.
Tenant improvement allowances reduce the right-of-use asset.

Impairment of long-lived assets. We evaluate store assets for impairment at the store level, the lowest level with
identifiable cash flows, when events indicate the carrying amount may not be recoverable. If the undiscounted cash
flows of a store are less than its carrying amount, we record an impairment charge for the excess of the carrying
amount over fair value.

Goodwill and intangible assets. Goodwill and the indefinite-lived Switchgrass trade name are tested for impairment
annually in the fourth quarter, or more frequently if indicators exist. No impairment was recorded in any year
presented.

Revenue recognition. Retail revenue is recognized when customers take possession of merchandise in our stores or when
merchandise purchased through our digital channels is shipped or picked up. Revenue is recorded net of estimated
returns, which are based on historical experience, and excludes sales taxes. Rental and service revenue is recognized
when the service is performed or over the rental period. Wholesale revenue is recognized when control transfers to the
customer, generally upon shipment. Revenue from gift cards and loyalty rewards is described in Note 2.

Cost of sales. Cost of sales includes the cost of merchandise, inbound freight, inventory shrink and markdowns,
distribution center costs, shipping costs for digital orders, store occupancy costs including rent, depreciation of
stores and distribution centers, and the costs of our buying organization.

Selling, general and administrative expenses. SG&A expenses include store payroll and operating costs, marketing,
payment processing fees, technology, and corporate overhead.

Advertising. Advertising costs are expensed when the advertising first appears and were $46.8 million, $43.1 million
and $41.5 million in fiscal 2025, 2024 and 2023, respectively.

Pre-opening expenses. Costs incurred before a new store opens, including rent during the construction period,
payroll and training, are expensed as incurred.

Store closing costs. When we close a store, we record charges for the write-off of fixtures and leasehold
improvements and for severance, and we continue to recognize lease cost over the remaining lease term unless we
terminate or sublease the lease. Store closing costs were not material in any year presented.

Asset retirement obligations. We record obligations to restore leased premises to their original condition at lease
expiration at fair value when the obligation is incurred, with a corresponding increase in leasehold improvements.

Self-insurance. We are self-insured for workers' compensation, general liability and employee medical claims up to
specified stop-loss limits, and accrue estimated costs of claims, including claims incurred but not reported.

Share-based compensation, income taxes and derivatives. Share-based awards are expensed over the service period based
on grant-date fair value. Deferred income taxes reflect temporary differences between financial and tax bases. Our
interest rate swap is designated as a cash flow hedge and recorded at fair value, with changes in fair value recorded
in other comprehensive income.

Recently adopted and issued accounting pronouncements. We adopted ASU 2023-07, Improvements to Reportable Segment
Disclosures, in fiscal 2024, and ASU 2023-09, Improvements to Income Tax Disclosures, in fiscal 2025 on a prospective
basis. ASU 2024-03, Disaggregation of Income Statement Expenses, is effective for our fiscal 2027 annual report; we
are evaluating its effect on our disclosures.

## Note 2. Revenue

Disaggregation of revenue. Net sales by merchandise category and by channel were as follows:

[[n_rev_cat]]

[[n_rev_channel]]

Performance obligations. Our performance obligations are generally satisfied at a point in time, when customers take
possession of merchandise, and revenue from rentals, services and classes is recognized when the service is
provided. We do not have material contracts with an original expected duration of more than one year. Sales returns
are estimated based on historical return rates, and the reserve for returns is presented in Schedule II.

Contract liabilities. We sell gift cards without expiration dates and recognize revenue when gift cards are redeemed.
Basecamp Rewards members earn points on purchases that convert into rewards certificates, which expire if unused after
six months. We defer revenue for rewards earned and unredeemed gift cards, and record these obligations as deferred
revenue. Changes in deferred revenue were as follows:

[[n_defrev]]

## Note 3. Property and Equipment

[[n_ppe]]

Depreciation and amortization expense was {mn(m.da[2025])}, {mn(m.da[2024])} and {mn(m.da[2023])} in fiscal 2025,
2024 and 2023, respectively. Approximately {mn(m.da_in_cogs)} of fiscal 2025 depreciation related to stores and
distribution centers and was included in cost of sales.

## Note 4. Goodwill and Intangible Assets

Goodwill of {mn(b['gw'][2025])} and the indefinite-lived Switchgrass trade name of {mn(b['intang'][2025])} arose from
the acquisition of Switchgrass Gear Co. in 2019 and are assigned to the Brands and Wholesale segment. There were no
changes in their carrying amounts in fiscal 2025 or 2024. In our fiscal 2025 annual impairment test, the fair value of
the Brands and Wholesale reporting unit substantially exceeded its carrying amount.

## Note 5. Accrued Expenses and Other Current Liabilities

[[n_accrued]]

## Note 6. Debt

Debt consisted of the following:

[[n_debt]]

Our credit agreement, as amended in October 2022, provides a $150 million term loan and a $300 million asset-based
revolving credit facility, each maturing in October 2027. The ABL Facility is secured by a first lien on inventory,
receivables and cash, and the term loan by a first lien on substantially all other assets. Borrowing availability under
the ABL Facility is limited to a borrowing base calculated on eligible inventory and credit card receivables. At
January 31, 2026, the borrowing base was {mn(m.abl_base)}, outstanding letters of credit were {mn(m.abl_lc)} and
availability was {mn(m.abl_avail)}. The weighted-average interest rate on the term loan, including the effect of the
interest rate swap, was 5.6% at January 31, 2026. The carrying value of our debt approximates fair value. Scheduled
principal payments are as follows:

[[n_maturities]]

Interest expense, net consisted of the following:

[[n_int]]

Scheduled principal payments on the term loan are due quarterly, with the remaining balance due at maturity.

## Note 7. Leases

Substantially all of our stores are leased under operating leases. The components of lease cost were as follows:

[[n_lease_cost]]

Supplemental information related to leases was as follows:

[[n_lease_supp]]

Operating lease balances were classified in the consolidated balance sheets as follows:

[[n_lease_bs]]

Maturities of operating lease liabilities at January 31, 2026 were as follows:

[[n_lease_mat]]

As of January 31, 2026, we had signed leases for stores that had not yet commenced, with total future payments of
approximately $86.4 million over terms of about ten years.

## Note 8. Income Taxes

The provision for income taxes consisted of the following:

[[n_tax_prov]]

A reconciliation of the U.S. federal statutory rate to our effective tax rate is as follows:

[[n_tax_rate]]

Significant components of deferred tax assets and liabilities were as follows:

[[n_tax_def]]

Income taxes paid, net of refunds, were as follows:

[[n_tax_paid]]

All of our income before
income taxes is from domestic operations. Deferred tax assets are expected to be realized, and no valuation allowance
was recorded. Unrecognized tax benefits were not material at January 31, 2026 or February 1, 2025. Our federal
income tax returns for
fiscal 2022 and later years remain open to examination.

## Note 9. Stockholders' Equity

Share repurchases. Under the $200 million program authorized by our Board in March 2024, we repurchased
{m.sh_repurch[2025]:,} thousand shares for {mn(m.repurch[2025])} in fiscal 2025 and {m.sh_repurch[2024]:,} thousand
shares for {mn(m.repurch[2024])} in fiscal 2024. In fiscal 2023 we repurchased {m.sh_repurch[2023]:,} thousand shares
for {mn(m.repurch[2023])} under a prior program. Repurchased shares are held in treasury.

Accumulated other comprehensive income. Accumulated other comprehensive income consists of unrealized gains on our
interest rate swap, net of tax, and was {mn(b['eq_aoci'][2025])} at January 31, 2026 and {mn(b['eq_aoci'][2024])} at
February 1, 2025. Amounts reclassified into interest expense were gains of $0.9 million in fiscal 2025.

Changes in accumulated other comprehensive income were as follows:

[[n_aoci_roll]]

Preferred stock. We are authorized to issue 10 million shares of preferred stock, none of which is outstanding.

## Note 10. Share-Based Compensation

Our 2022 Equity Incentive Plan provides for awards of restricted stock units, performance stock units, stock options
and other equity awards. Share-based compensation expense was {mn(m.sbc[2025])}, {mn(m.sbc[2024])} and
{mn(m.sbc[2023])} in fiscal 2025, 2024 and 2023, respectively, and is included in SG&A. Restricted stock unit and
performance stock unit activity was as follows (units in thousands):

[[n_rsu]]

Stock option activity was as follows (options in thousands):

[[n_options]]

Share-based compensation expense by type of award was as follows:

[[n_sbc_type]]

Performance stock units vest based on cumulative operating income and return on invested capital over three-year
periods. At January 31, 2026, unrecognized compensation cost for nonvested awards was $19.8 million, to be recognized
over a weighted-average period of 1.8 years. Proceeds from stock option exercises were {mn(m.opt_proceeds[2025])} in
fiscal 2025.

## Note 11. Earnings per Share

[[n_eps]]

## Note 12. Commitments and Contingencies

@legal_note Legal proceedings. In April 2024 a putative class action was filed in California state court alleging
that reference prices for certain Ridgeback products were misleading. The parties reached an agreement in principle
to settle in December 2025, and we accrued $2.4 million for the proposed settlement. In June 2025 a putative class
action was filed in the U.S. District Court for the District of Oregon related to tracking technologies on our website
and mobile app; we have moved to dismiss the complaint and have not recorded an accrual because a loss is not
probable and a reasonably possible loss cannot be estimated.

Employment agreements. We have employment agreements or severance arrangements with our executive officers that
provide for severance payments if their employment is terminated without cause, as described in our Proxy
Statement.

Other commitments. At January 31, 2026, we had outstanding standby letters of credit of {mn(m.abl_lc)}, primarily
supporting our self-insurance programs and private brand purchases, and open purchase orders for merchandise
described in Item 7. We are party to other legal matters arising in the ordinary course of business, none of which we
expect to have a material effect on our financial statements.

## Note 13. Segment Information

Our Chief Executive Officer, our chief operating decision maker, evaluates the Retail and Brands and Wholesale
segments using segment operating income and uses it to allocate capital and personnel, comparing results with the
annual plan and prior years. Segment operating income excludes unallocated corporate expenses, which include
executive, finance, legal and other support functions, and the elimination of intersegment profit in inventory. The
Brands and Wholesale segment sells Switchgrass products to the Retail segment at prices that approximate those charged
to wholesale customers.

[[n_seg_sales]]

[[n_seg_2025]]

[[n_seg_2024]]

[[n_seg_2023]]

[[n_seg_recon]]

[[n_seg_other]]

Total assets by segment were as follows:

[[n_seg_assets]]

All of our net sales are to customers in the United States, and all of our long-lived assets are located in the United
States.

## Note 14. Fair Value Measurements

Assets and liabilities measured at fair value on a recurring basis were as follows:

[[n_fv]]

Money market funds are included in cash and cash equivalents and are valued using quoted prices (Level 1). The
interest rate swap is included in other assets and valued using observable market interest rate curves (Level 2).
Deferred compensation plan assets are held in a rabbi trust and invested in mutual funds with quoted prices; the
related obligation to participants is included in other long-term liabilities. Store assets written down to fair
value in connection with impairment charges are measured on a nonrecurring basis using unobservable inputs (Level 3),
including projected store cash flows and market rents.

## Note 15. Impairment of Long-Lived Assets

@impair_note We recorded impairment charges for underperforming stores as follows:

[[n_impair]]

The fair values of the impaired stores' assets were estimated using discounted cash flow models and, for right-of-use
assets, market rents for comparable properties.

## Note 16. Retirement Plan

We sponsor a 401(k) plan covering substantially all associates who meet eligibility requirements. We match 100% of
the first 3% and 50% of the next 2% of eligible compensation that associates contribute. Matching contributions were
$8.6 million, $7.9 million and $7.4 million in fiscal 2025, 2024 and 2023, respectively.

## Note 17. Supplemental Balance Sheet Information

The components of prepaid expenses and other current assets, other assets and other long-term liabilities were as
follows:

[[n_prepaid]]

[[n_other_assets]]

[[n_other_ltl]]

## Note 18. Quarterly Financial Data (Unaudited)

Our business is seasonal, and the fourth quarter generates the largest share of our net sales and operating income.
Quarterly earnings per share may not add to the annual amount because of changes in share counts and rounding.

[[n_q2025]]

[[n_q2024]]

## Note 19. Subsequent Events

@subsequent On February 20, 2026, we amended our credit agreement to increase the commitments under the ABL Facility
to $350 million and extend its maturity to February 2031; the term loan was not changed. On March 3, 2026, our Board of
Directors authorized the repurchase of up to an additional $150 million of our common stock through March 2029, in
addition to the amount remaining under the March 2024 program.

## SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS

[[sched2]]
"""
