"""Calderbrook Industries, Inc.: narrative sections (light markup, see ``render.Filing.markup``).

All figures quoted in prose are computed from the model so that text and tables cannot drift apart.
"""

from __future__ import annotations

from common import chg, pct, rnd, usd


def bps(a: float, b: float) -> int:
    """Basis-point change between two ratios, rounded to the nearest ten basis points as filings usually state it."""
    return int(rnd((a - b) * 1000, 0) * 10)


def business(m) -> str:
    s = m.sales
    us = m.geo["United States"][2025] / s[2025]
    share = {k: pct(m.seg_sales[k][2025] / s[2025]) for k in m.seg_sales}
    return f"""
#P PART I

#1 Item 1. Business

## Overview

@biz_overview Calderbrook Industries, Inc. ("Calderbrook," the "Company," "we," "us" or "our") is a diversified
industrial manufacturer that designs, builds and services engineered flow control, power transmission and filtration
products. Our valves, actuators, metering pumps, gear drives, couplings, bearings and filtration systems move, control
and clean liquids, gases and air in municipal water systems, chemical and food processing plants, warehouses,
quarries, farms and semiconductor fabrication facilities. We report our results in three segments - Fluid Handling,
Power Transmission and Specialty Filtration - and generated net sales of {usd(s[2025])} in 2025, of which
{pct(us)} came from customers in the United States.

The Company traces its origins to 1948, when two tool-and-die makers opened a brass valve shop on the east bank of
the Rock River in Rockford, Illinois. Over the following decades Calderbrook added cast-iron and stainless steel
valve lines, entered the gear drive business through the 1979 purchase of a Milwaukee gear works, and listed its
shares on the New York Stock Exchange in 1996. Today we operate 23 manufacturing facilities in seven countries and
employ approximately 8,100 people. Calderbrook is a Delaware corporation, and our common stock trades on the New York
Stock Exchange under the symbol "CDBI."

## Recent Developments

On February 3, 2026, we agreed to acquire Halden Pump Systems GmbH, a German manufacturer of diaphragm metering pumps
and dosing systems for water treatment, for approximately EUR 118 million. Halden will expand our metering pump
offering in Europe and give Fluid Handling a manufacturing base in Germany. During 2025 we completed the integration
of Vantor's order management and finance functions into our shared service center, converted three additional
plants to our common ERP system, and completed the transfer of production from our Muncie, Indiana gear plant.

## Our Strategy

Our strategy has been consistent through the business cycle and rests on four priorities:

- Grow in attractive end markets. We direct engineering and commercial resources toward water and wastewater
infrastructure, hygienic processing, automated material handling and contamination control, where we believe
regulation, aging infrastructure and automation support growth above industrial production over time.
- Expand the installed base and the aftermarket. Approximately 41% of our 2025 net sales came from replacement parts,
consumable filter elements, repairs and field services. Aftermarket demand is less cyclical than original equipment
demand and typically carries higher margins.
- Run the Calderbrook Operating System. CBOS is our common set of lean manufacturing, 80/20 simplification,
pricing and daily management tools. Every plant reports the same safety, quality, delivery and cost measures, and
business leaders are compensated in part on improvements in those measures.
- Allocate capital with discipline. We fund organic investment first, then pursue bolt-on acquisitions in adjacent
product lines and return excess cash through dividends and share repurchases, while keeping net leverage within a
target range of 1.5 to 2.5 times EBITDA.

## Geographic Information

We sell products in more than 90 countries. Net sales by geographic destination were as follows:

[[biz_geo]]

Our international operations are subject to the risks described in Item 1A, including currency fluctuations,
tariffs and changes in trade policy. Most of our sales in Mexico and Canada are to customers served from our U.S. and
Monterrey plants, while our Czech plants serve customers in Europe, the Middle East and Africa.

## Reportable Segments

The following table summarizes our three reportable segments. Financial information about our segments and
geographic areas is included in Note 17, Segment Information, to the consolidated financial statements.

[[seg_overview]]

## Fluid Handling

Fluid Handling ({share['FH']} of 2025 net sales) designs and manufactures quarter-turn ball and butterfly valves,
check valves, knife gate valves, electric and pneumatic actuators, and diaphragm and peristaltic metering pumps under
the Calderbrook, Keystrand and TorqSeal brands. Municipal water and wastewater utilities are the segment's largest
end market, followed by chemical and petrochemical processing, food, beverage and pharmaceutical production, and
midstream energy. Products range from standard catalog valves shipped from stock within days to engineered
actuated valve packages that require several months of design and testing. Fluid Handling manufactures in Rockford,
Illinois; Tulsa, Oklahoma; Monterrey, Mexico; and Brno, Czech Republic, and sells through independent distributors,
manufacturers' representatives and a direct sales force that calls on engineering firms and large process operators.

Municipal demand is driven by the replacement of aging treatment plant equipment, capacity expansions in growing
Sun Belt communities, and compliance with drinking water and effluent regulations. Because consulting engineers
typically specify valves and actuators by brand and performance class years before a plant is built, we maintain a
team of application engineers who work with design firms on specifications. In process industries, the segment's
competitive position rests on materials expertise for corrosive and abrasive media, certified fugitive emission
performance, and the ability to deliver actuated and tested packages on short lead times. Competitors range from
global flow control companies to regional valve makers and importers of commodity valves.

## Power Transmission

Power Transmission ({share['PT']} of 2025 net sales) makes enclosed helical and bevel gear drives, shaft-mounted
reducers, elastomeric and grid couplings, mounted ball and roller bearings, and industrial clutches and brakes,
primarily under the Brandt-Hollis and Corbel names. These components transmit torque in conveyors, bucket
elevators, mixers, crushers, packaging lines and agricultural equipment. About half of the segment's sales are to
original equipment manufacturers, who design our components into their machines, and the balance is replacement
demand served through bearing and power transmission distributors. During 2024 and 2025 the segment consolidated its
Muncie, Indiana gear plant into facilities in Rockford and Monterrey, as described in Note 8, Restructuring.

OEM customers select power transmission components early in the design of a new machine and generally continue to
buy them for the life of that model, which can exceed ten years, while end users replace worn gearboxes and
bearings with the same brand to avoid re-engineering their equipment. This creates a stable replacement stream, but
it also means that OEM volumes follow our customers' production schedules closely. The segment competes with large
global bearing and gear manufacturers and with lower-cost producers in Asia, and differentiates through torque
density, rapid configuration of custom ratios, and a distributor-stocked assortment that supports next-day delivery
in most of North America.

## Specialty Filtration

Specialty Filtration ({share['SF']} of 2025 net sales) provides industrial dust collectors, cartridge and bag
filters, liquid process filters and high-efficiency particulate air (HEPA) and ultra-low penetration air (ULPA)
filters. On July 1, 2024 we acquired Vantor Filtration Holdings, Inc. ("Vantor"), a Greenville, South
Carolina-based maker of HEPA filters, fan filter units and process gas filters used in semiconductor fabrication,
life sciences cleanrooms and data centers. Replacement filter elements and media, which customers change on regular
schedules, account for roughly 70% of the segment's sales. The segment manufactures in Greenville; Sioux Falls, South
Dakota; Guadalajara, Mexico; and Ostrava, Czech Republic.

Cleanroom filtration demand is concentrated among semiconductor manufacturers, contract cleanroom builders and
pharmaceutical producers that qualify each filter design through extensive testing before approving it for use, a
process that can take a year or more and that favors established suppliers. Industrial dust collection demand is
tied to workplace air quality regulations and combustible dust standards. The segment competes with specialized
filtration companies, divisions of larger industrial groups and regional filter converters, and competes on filter
efficiency and pressure drop, certification and testing capability, and the reliability of replacement supply.

## Products and Brands

Our principal product lines, the brands under which we sell them and their typical applications are summarized
below. We sell both catalog products, which distributors stock and customers order by part number, and engineered
products configured to a customer's specifications.

[[products]]

## Customers, Sales and Distribution

@customers We sell to a broad base of customers. Our largest customers are national and regional industrial
distributors, which resell our products to maintenance and repair operations and contractors, together with original
equipment manufacturers of material handling, packaging and agricultural machinery and large municipal and process
end users. No single customer accounted for 10% or more of our consolidated net sales in 2025, 2024 or 2023. Our
largest customer, a national industrial distributor that purchases from all three segments, represented approximately
7.8% of 2025 net sales, and our ten largest customers together represented approximately 22% of 2025 net sales.

We reach end users through approximately 1,900 independent distributor locations in North America and Europe,
supported by our own field sales engineers and a network of manufacturers' representatives. Municipal projects are
usually specified by consulting engineers and procured through contractors under competitive bidding, so we invest
in specification support, product certifications and local service capability. Large process and semiconductor
customers increasingly buy under multi-year supply agreements that set pricing mechanisms, service levels and
consignment inventory arrangements.

## Working Capital Practices

We maintain inventories of finished goods and components at our plants and distribution centers so that we can ship
catalog products promptly, and we hold safety stock of castings and other long-lead components to protect delivery
performance. Standard payment terms for distributors and OEMs in North America are generally 30 to 60 days; terms in
Europe and for large projects are often longer. Some distributor agreements allow limited returns of slow-moving
stock and provide for rebates based on annual purchases.

## Backlog

Backlog consists of firm orders for which we have not yet recognized revenue. Backlog was $612 million at December
31, 2025, compared with $574 million at December 31, 2024. The increase reflects higher municipal valve and actuator
orders and a larger backlog of cleanroom filtration projects. We expect to ship approximately 90% of year-end backlog
during 2026. Orders may be cancelled or rescheduled, and backlog is not necessarily indicative of future net sales.

## Competition

Our markets are competitive and fragmented. We compete with large diversified industrial companies that offer broad
product portfolios and global service networks, with specialized regional manufacturers, and, for some standard
products, with lower-cost importers. Competition is based on product performance and reliability, application
engineering, availability and lead time, installed base and brand recognition, price, and the quality of
distributor and aftermarket support. We believe our engineering depth, our long-standing distributor relationships
and our large installed base of valves, gear drives and filtration housings are competitive advantages, particularly
in the aftermarket where customers value fit, form and function replacement and short lead times.

## Raw Materials, Suppliers and Tariffs

@raw_materials The principal materials we purchase are carbon and stainless steel castings, forgings and bar stock,
ductile iron, bronze and brass, aluminum, engineered resins, filter media such as synthetic and glass microfiber,
and electronic components for actuators and controls. Most materials are available from multiple sources, although
certain castings and specialty media are purchased from a limited number of qualified suppliers. Purchases of
metals and other commodity-linked materials totaled approximately $410 million in 2025. We generally pass commodity
and tariff cost increases through to customers over time through price increases and surcharges, although timing
differences can temporarily affect margins. Tariffs on imported steel and aluminum products and on certain
components sourced from Asia increased our cost of sales in 2025, and we have expanded North American casting
capacity with two foundry partners to reduce that exposure.

## Seasonality

Demand in Fluid Handling and Power Transmission is modestly seasonal. Municipal construction activity and
agricultural equipment production are strongest in the second and third quarters, while the first quarter is
typically our weakest in sales and operating cash flow. Specialty Filtration demand is less seasonal. Operating cash
flow is usually highest in the fourth quarter, when receivables and inventories built during the year convert to
cash.

## Research and Development and Intellectual Property

Research and development expense was {usd(m.rnd[2025])} in 2025, {usd(m.rnd[2024])} in 2024 and
{usd(m.rnd[2023])} in 2023. Development programs in 2025 focused on smart actuators with embedded diagnostics, low-
leakage valve seats that meet new lead-free and fugitive emission standards, higher-torque-density gear drives, and
nanofiber filter media with lower pressure drop. We own approximately 640 issued patents and pending applications
worldwide and numerous trademarks, including Calderbrook, Keystrand, TorqSeal, Brandt-Hollis, Corbel and Vantor. No
single patent is material to our business as a whole.

## Environmental, Health and Safety Regulation

Our operations are subject to federal, state, local and foreign laws governing air emissions, wastewater
discharges, the handling and disposal of hazardous materials, and the remediation of contaminated sites. We also
must comply with product regulations such as drinking water standards for products in contact with potable water,
lead-content limits, and pressure equipment directives in Europe. We are remediating groundwater at a former
manufacturing site in Elkhart, Indiana, as described in Item 3. Legal Proceedings and Note 16. Capital expenditures
for environmental control facilities were not material in 2025 and are not expected to be material in 2026.

## Manufacturing and the Calderbrook Operating System

Our plants perform machining, casting finishing, welding, heat treatment, assembly, testing and, in Specialty
Filtration, media production, pleating and cleanroom assembly. We buy most castings and forgings from outside
foundries and machine them in-house. Each plant operates under CBOS, which deploys value-stream mapping, standard
work, visual management and structured problem solving, and each business applies 80/20 analysis to focus
engineering, inventory and service resources on the customers and products that generate most of its profit. Since
2021 we have eliminated approximately 14,000 low-volume stock-keeping units, reduced our manufacturing footprint by
five facilities and improved on-time delivery to 94% in 2025 from 87% in 2021. Most plants are certified to ISO 9001,
and our water products carry the certifications required for potable water service in North America and Europe.

## Sustainability

Many of our products help customers conserve water and energy or protect air quality: our actuated valves and
metering pumps reduce chemical use and leakage in treatment plants, our high-efficiency gear drives lower conveyor
energy consumption, and our filters capture particulate emissions and protect cleanroom yields. In our own operations
we reduced Scope 1 and Scope 2 greenhouse gas emissions per dollar of net sales by 23% from 2020 to 2025, mainly
through LED lighting, compressed air system upgrades and renewable electricity purchases at our Czech plants. We
publish an annual sustainability report on our website; it is not incorporated by reference into this report.

## Human Capital

@employees As of December 31, 2025, we employed approximately 8,100 people, of whom approximately 5,600 were in the
United States and 2,500 were in Mexico, Europe and Asia. Approximately 1,450 employees, or 18% of our workforce,
were covered by collective bargaining agreements, principally at our Rockford, Milwaukee and Tulsa plants; the
largest agreement expires in 2027. We consider our relations with our employees and their representatives to be
good.

Safety is the first metric reviewed at every CBOS daily meeting. Our total recordable incident rate improved to
1.12 in 2025 from 1.31 in 2024, and 14 of our 23 plants completed the year without a lost-time injury. We invest in
skilled trades through a registered machinist apprenticeship program in Rockford and Tulsa, tuition assistance, and
a rotational program for engineering graduates. Voluntary turnover among salaried employees was approximately 8% in
2025. The Compensation and Human Capital Committee of our Board of Directors oversees our programs for talent
development, pay equity and succession planning.

## Information About Our Executive Officers

The following table lists our executive officers as of February 20, 2026. Officers are elected annually by the
Board of Directors.

[[officers]]

Daniel R. Okonkwo joined Calderbrook in 2012 as President of Fluid Handling, became Chief Operating Officer in 2017
and was named President and Chief Executive Officer in 2019. Earlier he held engineering and general management
positions with a global pump manufacturer.

Lauren M. Petrakis became Chief Financial Officer in 2021. She previously served as Vice President, Finance of a
diversified industrial company and began her career in public accounting.

Priya Venkataraman has led Fluid Handling since 2022, after serving as its Vice President of Engineering and, before
that, as general manager of our actuator business. Thomas E. Brandvold has led Power Transmission since 2016 and has
been with the Company for 29 years. Claire Dumont joined Calderbrook with the acquisition of Vantor, where she had
been Chief Executive Officer since 2019. Steven J. Albrecht joined the Company as General Counsel in 2018 from a
national law firm. Mark T. Reilly has served as Controller since 2015 and was appointed Chief Accounting Officer in
2020.

## Available Information

Our Annual Reports on Form 10-K, Quarterly Reports on Form 10-Q, Current Reports on Form 8-K, proxy statements and
amendments to those reports are available free of charge on our investor relations website as soon as reasonably
practicable after we file them with, or furnish them to, the Securities and Exchange Commission (the "SEC"). The SEC
maintains a website that contains reports, proxy statements and other information about issuers that file
electronically. Information on our website is not incorporated by reference into this report.
"""


def risks(m) -> str:
    intl = 1 - m.geo["United States"][2025] / m.sales[2025]
    return f"""
!page

#1 Item 1A. Risk Factors

Our business, financial condition and results of operations are subject to risks and uncertainties, including those
described below. These risks are not the only ones we face. Additional risks that we do not currently know about or
that we currently believe to be immaterial may also affect us. Investors should consider these risks together with
the other information in this report.

## Risks Related to Our Markets and Customers

### Demand for our products depends on industrial production, capital spending and infrastructure funding, all of
which are cyclical.

Sales of our valves, gear drives and dust collectors depend on our customers' willingness to build, expand and
maintain plants, warehouses, mines and water systems. A slowdown in industrial production, lower commodity prices
that reduce mining and agricultural investment, or delays in public infrastructure programs can reduce orders
quickly, while many of our costs are fixed in the short term. Original equipment demand in Power Transmission is
particularly sensitive to agricultural equipment build rates, which declined in 2024 and 2025.

### Municipal customers depend on public funding and procurement processes that we do not control.

A significant portion of Fluid Handling sales is to water and wastewater utilities whose projects are funded by rate
revenue, bonds and federal and state programs. Changes in appropriations, delays in disbursing federal funds,
political disputes over utility rates or revisions to drinking water regulations could defer projects. Public bids
also expose us to price competition and to contract terms, such as liquidated damages, that are less favorable than
those in private-sector sales.

### We rely on independent distributors, and the loss of or consolidation among key distributors could reduce our
sales.

Independent distributors account for a majority of our net sales and our largest customer is a national
distributor. Distributors carry competing products, may reduce inventory levels in response to their own working
capital goals, and may be acquired by companies that favor other suppliers. Destocking by distributors reduced our
Power Transmission volumes in 2024, and similar actions in the future could affect our results even when end-user
demand is stable.

### Semiconductor and life sciences investment cycles affect our Specialty Filtration segment.

Following the Vantor acquisition, a meaningful portion of Specialty Filtration sales relates to the construction
and operation of semiconductor fabrication facilities, pharmaceutical plants and data centers. Capital spending in
these industries is volatile and concentrated among a small number of large projects, and project delays or
cancellations could reduce orders for fan filter units and HEPA systems and leave us with underutilized capacity.

## Risks Related to Our Operations

### Increases in the cost, or disruptions in the supply, of raw materials and components could reduce our margins.

We buy large quantities of steel, iron, bronze, aluminum, resins and filter media, as well as castings and electronic
components from a limited number of suppliers. Prices for these inputs fluctuate with global commodity markets,
energy costs and tariffs. We may not be able to raise our prices quickly enough, or at all, to offset cost
increases, and supplier failures, quality problems or capacity constraints could delay our shipments. Some castings
are available from only one or two qualified foundries, and qualifying a new source can take six months or more.

### Tariffs and trade restrictions may increase our costs and disrupt our supply chain.

We import castings, electronic components and finished goods and export products from our plants in the United
States, Mexico and Europe. Tariffs on steel and aluminum and on goods from certain countries increased our costs in
2025, and additional tariffs, retaliatory measures or changes to the United States-Mexico-Canada Agreement could
increase our costs further, make our products less competitive in some markets, or require us to reconfigure our
supply chain at significant expense.

### Our restructuring and footprint consolidation actions may not achieve the expected savings.

We completed the transfer of gear drive production from Muncie, Indiana to Rockford and Monterrey in 2025 and
continue to consolidate smaller facilities. Moving production lines disrupts operations, can temporarily reduce
quality and on-time delivery, and may cost more or take longer than planned. If we fail to realize the annual
savings we expect, or if customers move business to competitors during transitions, our results could be adversely
affected.

### Labor shortages, work stoppages or increases in labor costs could affect our operations.

Our plants depend on skilled machinists, welders, assemblers and maintenance technicians, who are in short supply in
several of the communities where we operate. Approximately 18% of our employees are covered by collective bargaining
agreements. A strike or other work stoppage, or our inability to attract and retain skilled workers at competitive
wages, could disrupt production and increase our costs.

### Product defects, warranty claims and product liability claims could be costly.

Our products are used in critical applications such as drinking water treatment, chemical processing and cleanroom
environments, where failures can cause property damage, personal injury, contamination or production losses for our
customers. We may incur significant costs to repair or replace products, to defend claims or to pay damages, and a
significant quality problem could harm our reputation. Our insurance may not cover all such costs.

### A significant disruption at one of our key plants could affect our ability to serve customers.

Several product lines are produced at a single facility, including our large-diameter butterfly valves in Rockford
and HEPA filter media in Greenville. A fire, severe weather event, equipment failure, pandemic or other disruption
at one of these plants could interrupt supply for an extended period, and alternative capacity may not be available
on acceptable terms.

### Cybersecurity incidents and information technology failures could disrupt our business.

We rely on enterprise resource planning systems, engineering software, connected manufacturing equipment and cloud
services. Cyberattacks, including ransomware, could disrupt production, compromise confidential engineering data or
personal information, and require costly remediation. Our smart actuators and connected filtration monitors also
create product security obligations to customers. See Item 1C. Cybersecurity.

## Risks Related to Our Strategy

### Acquisitions involve risks, and we may not realize the expected benefits of the Vantor acquisition or future
acquisitions.

Bolt-on acquisitions are an important part of our strategy. Acquisitions may divert management attention, and we
may fail to retain key customers and employees of acquired businesses, integrate their systems and controls, or
achieve expected synergies. We recorded {usd(m.b['gw'][2025])} of goodwill and {usd(m.b['intang'][2025])} of other
intangible assets as of December 31, 2025, a substantial part of which relates to Vantor, and a future impairment of
these assets could materially reduce our reported earnings.

### We may be unable to develop new products and technologies that meet customer requirements.

Our customers increasingly expect connected devices, lower energy consumption, lead-free and low-emission materials,
and finer filtration efficiency. If competitors introduce superior technology, or if our development programs are
delayed or unsuccessful, we could lose share and pricing power. Development spending may not result in commercially
successful products.

### Competition, including from lower-cost producers, could reduce our prices and market share.

Some competitors are larger and have greater resources, while others have lower cost structures. Aggressive pricing
by competitors, the entry of lower-cost imported products into our markets, or the consolidation of competitors
could require us to reduce prices or increase spending, reducing our margins.

### We may not be able to protect our intellectual property, and counterfeit products could harm our reputation.

We rely on patents, trademarks, trade secrets and confidentiality agreements to protect our technology and brands.
These protections may be challenged or may not prevent competitors from copying our designs, and enforcement in some
jurisdictions is difficult. Counterfeit replacement filters and bearings sold under our brands have appeared in
online marketplaces; such products may perform poorly and damage customers' confidence in our products.

### New technologies could reduce demand for some of our products.

Alternative technologies, such as direct-drive motors that eliminate gear reducers, magnetic couplings, or new
filtration approaches, could reduce demand for our traditional products. If we do not anticipate these shifts and
adapt our portfolio, our sales and margins could decline.

## Risks Related to Our International Operations and Financial Position

### Geopolitical conflicts and economic conditions in Europe could disrupt our European operations.

Our plants in the Czech Republic and Germany supply customers throughout Europe. Armed conflict in Eastern Europe
and the Middle East, energy supply disruptions, sanctions and export controls have increased energy and logistics
costs in the region and could reduce demand from European customers or interrupt our supply of components.

### Our international operations expose us to currency, economic and political risks.

Approximately {pct(intl)} of our 2025 net sales were to customers outside the United States, and we manufacture in
Mexico, the Czech Republic, Germany and China. Changes in exchange rates, particularly the euro, Mexican peso and
Czech koruna, affect our reported results. International operations also expose us to changes in local economic
conditions, labor laws, anti-corruption and export control regulations, and political instability.

### Our indebtedness could limit our flexibility, and rising interest rates would increase our costs.

At December 31, 2025 we had total debt of {usd(m.total_debt[2025])}, including borrowings under our term loan and
revolving credit facility that bear interest at variable rates. Our credit agreement requires us to maintain a
maximum net leverage ratio and a minimum interest coverage ratio. Our debt service obligations reduce cash available
for other purposes, and a breach of our covenants could result in acceleration of our debt.

### Our pension obligations could require additional contributions.

We sponsor a frozen defined benefit pension plan in the United States. Declines in interest rates or poor investment
returns could increase the plan's unfunded status and require contributions that exceed our current expectations.

### Changes in tax laws or challenges to our tax positions could increase our tax expense.

We are subject to income taxes in the United States and several foreign jurisdictions. Changes in tax rates, the
implementation of global minimum tax rules, the expiration of incentives, or adverse outcomes of tax audits could
increase our effective tax rate and reduce our cash flow.

### Delays or difficulties in implementing our new enterprise resource planning system could disrupt our
operations.

We are replacing the separate ERP systems used by our plants with a single cloud-based system, a multi-year program
that reached eleven sites by the end of 2025. Implementations can disrupt order entry, production scheduling,
shipping and invoicing, and can cost more than planned. Problems during a conversion could delay shipments, increase
working capital, or affect our internal control over financial reporting.

### We depend on our senior leaders and on experienced engineers and plant managers.

Our success depends on the continued service of our executive officers and of engineers, sales professionals and
plant leaders with deep application knowledge. Competition for these individuals is intense. The loss of key
people, or our failure to plan for their succession, could impair our ability to execute our strategy.

### Fixed-price and long-term contracts expose us to cost overruns.

Engineered valve packages for municipal projects and fan filter units for semiconductor fabs are frequently sold
under fixed-price contracts that may take a year or more to complete, and some OEM supply agreements limit our
ability to change prices during their term. If our costs increase more than expected, or if we underestimate the
engineering effort required, our margins on these contracts will decline.

### Our insurance coverage may not be adequate.

We maintain insurance for property damage, business interruption, product liability, cyber events and other risks,
subject to deductibles and limits. Insurance may not be available on acceptable terms, and some losses, such as those
from certain environmental conditions or from pandemics, may be excluded. Uninsured losses could adversely affect our
financial results.

## Legal, Regulatory and General Risks

### Data privacy and cybersecurity regulations impose compliance obligations.

We collect personal information about employees, customers and distributors, and our connected products transmit
operating data from customer sites. Privacy and data protection laws in the European Union, the United States and
other jurisdictions impose obligations on how we collect, use and protect this information, and violations could
result in fines, litigation and reputational harm.

### If we fail to maintain effective internal control over financial reporting, investors could lose confidence in
our financial statements.

Integrating acquired businesses such as Vantor, implementing our new ERP system and operating in multiple
jurisdictions increase the complexity of our financial reporting. A material weakness in our internal controls could
result in a misstatement of our financial statements, require a restatement, and adversely affect our stock price.

### We are subject to litigation and environmental liabilities that could be significant.

We are party to legal proceedings, including a patent infringement claim related to our TorqSeal actuators and
environmental remediation obligations at a former plant site, as described in Item 3. The outcome of litigation is
inherently uncertain, and adverse judgments, settlements or changes in remediation requirements could exceed our
accruals. Future environmental laws, including regulation of per- and polyfluoroalkyl substances used in some seals
and coatings, could require costly changes to our products and processes.

### Climate change and related regulation may affect our operations and costs.

Severe weather events could damage our facilities or those of our suppliers, and new greenhouse gas reporting or
emissions requirements could increase our compliance costs and energy prices. Conversely, our customers' investments
in energy efficiency and water resilience create opportunities that we may not capture if our products do not meet
their requirements.

### The financial difficulties of distributors or other customers could affect our collections.

We extend credit to distributors, OEMs and contractors, many of which are small businesses with limited financial
resources. An economic downturn, higher interest rates or tighter credit markets could impair their ability to pay
us, increasing our credit losses and reducing our sales to them. Our largest customer accounted for a significant
portion of our accounts receivable at December 31, 2025.

### Pandemics and other public health emergencies could disrupt our operations and supply chain.

Public health emergencies can cause plant closures, absenteeism, supplier and logistics disruptions and sharp
changes in customer demand, as the COVID-19 pandemic did in 2020 and 2021. A future outbreak could have similar or
more severe effects on our operations and financial results.

### Changes in accounting standards or in our estimates could affect our reported results.

New accounting standards, or changes in the interpretation of existing standards, could require us to change our
accounting policies and could affect our reported results. Our financial statements also depend on estimates, such
as those described under Critical Accounting Estimates in Item 7, that may prove inaccurate.

### Provisions of Delaware law and our governing documents could discourage a takeover.

Our certificate of incorporation and by-laws permit our Board to issue preferred stock without stockholder approval
and establish advance notice requirements for stockholder proposals, and Section 203 of the Delaware General
Corporation Law restricts certain business combinations with interested stockholders. These provisions could delay
or prevent a change in control that stockholders might consider favorable.

### Our stock price may be volatile.

The market price of our common stock may fluctuate significantly in response to our quarterly results, changes in
analysts' estimates, conditions in the industrial sector, and general market volatility. There can be no assurance
that we will continue to pay dividends or repurchase shares at current levels.
"""


def item1c_to_4(m) -> str:
    return """
#1 Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain a cybersecurity program designed to identify, assess and manage material risks from cybersecurity
threats to our enterprise systems, plant networks and connected products. The program is aligned with the NIST
Cybersecurity Framework and includes vulnerability management, endpoint detection and response, network
segmentation between business and operational technology networks, multifactor authentication, privileged access
management, security awareness training for all salaried employees, and phishing simulations. We assess the
security practices of critical suppliers and service providers before onboarding them and periodically thereafter.
We engage third-party assessors to perform penetration tests and an annual maturity assessment, and we test our
incident response plan through tabletop exercises that include senior management.

Our plant networks present distinct risks because they connect older machine controllers that cannot be patched
easily. We maintain an inventory of operational technology assets, restrict remote access to plant equipment to
approved vendors through monitored connections, and back up machine programs offline. Connected products, such as
actuators with remote diagnostics and filter monitoring sensors, are developed under a secure development lifecycle
that includes threat modeling and third-party code review, and we maintain a process for receiving and responding to
reports of product vulnerabilities.

As of the date of this report, we are not aware of any cybersecurity incident that has materially affected, or is
reasonably likely to materially affect, our business strategy, results of operations or financial condition.
However, like other manufacturers we face persistent threats, and there can be no assurance that our controls will
prevent a future incident. See Item 1A. Risk Factors.

## Governance

Our Chief Information Security Officer, who has more than twenty years of experience in information security and
reports to our Chief Information Officer, leads the program and a team of security professionals supported by a
managed security services provider. The CISO briefs the executive leadership team quarterly and reports on
cybersecurity risk, program metrics and significant incidents to the Audit Committee of the Board at each regular
meeting. The full Board receives an annual cybersecurity briefing. Our incident response plan requires escalation of
significant incidents to the CEO, CFO and General Counsel, who assess materiality with input from the CISO and
outside advisers.

#1 Item 2. Properties

Our corporate headquarters is located in Rockford, Illinois, in a building we own. As of December 31, 2025, we
operated 23 manufacturing facilities and 11 distribution and service centers. Our principal properties are listed
below; we believe our facilities are suitable and adequate for our current operations, and that capacity at our
plants is sufficient to meet expected demand without significant additional investment, other than the Greenville
cleanroom filter expansion described in Item 7.

[[properties]]

#1 Item 3. Legal Proceedings

@legal Patent litigation. In March 2024, Ostrander Valve Company filed a complaint against the Company in the United
States District Court for the Northern District of Illinois alleging that our TorqSeal line of electric actuators
infringes two of its patents relating to torque-limiting clutch mechanisms. The complaint seeks unspecified damages
and injunctive relief. We have answered the complaint, asserted counterclaims of invalidity and non-infringement,
and petitioned the Patent Trial and Appeal Board for inter partes review of one of the patents. The court held a
claim construction hearing in September 2025, and trial is currently scheduled for the fourth quarter of 2026. We
believe the claims are without merit and intend to defend the matter vigorously. We have not recorded a liability
because a loss is not considered probable and a range of reasonably possible loss cannot be estimated.

@legal Environmental matter. We are remediating soil and groundwater contamination at a former manufacturing site in
Elkhart, Indiana, which we sold in 2002, under an agreed order with the Indiana Department of Environmental
Management. Remediation consists of groundwater pump-and-treat and monitoring, and we expect it to continue for
approximately ten years. Our accrual for this matter was $6.8 million at December 31, 2025 and $7.4 million at
December 31, 2024.

@legal Employment class action. In 2023, a former employee filed a putative class action in the Superior Court of
California, County of San Bernardino, alleging wage-and-hour violations at a service center in Ontario,
California. In the third quarter of 2025 the parties agreed to settle the matter for $3.1 million, which we recorded
in selling, general and administrative expenses. The court granted preliminary approval of the settlement in
November 2025, and we expect to pay the settlement in 2026.

@legal Product liability. We are a defendant in a small number of product liability lawsuits, most of which
allege personal injury or property damage from the failure of valves or couplings installed in customer systems.
We maintain insurance for these claims subject to self-insured retentions, and we do not believe the pending claims
are material, individually or in the aggregate.

From time to time we are also involved in other legal proceedings arising in the ordinary course of business,
including product liability, commercial and employment matters. We do not believe that any of these other matters
will have a material adverse effect on our financial position, results of operations or cash flows. See Note 16,
Commitments and Contingencies.
"""


def item5(m) -> str:
    return f"""
!page

#P PART II

#1 Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity
Securities

## Market Information and Holders

Our common stock is listed on the New York Stock Exchange under the symbol "CDBI." As of February 13, 2026, there
were approximately 1,240 holders of record of our common stock. Most of our shares are held in street name by
brokers and other nominees, and the number of beneficial owners is substantially larger.

## Dividends

We paid quarterly cash dividends of $0.30 per share in 2025 ($1.20 per share for the year), compared with $0.28 per
share in 2024 ($1.12 for the year) and $0.26 per share in 2023 ($1.04 for the year). In February 2026 the Board of
Directors increased the quarterly dividend to $0.32 per share. The declaration and amount of future dividends are at
the discretion of the Board and depend on our earnings, cash flow, financial condition and other factors.

## Stock Performance Graph

The following table compares the cumulative five-year total shareholder return on our common stock with the
cumulative total return of the S&P MidCap 400 Index and the S&P MidCap 400 Industrials Index, assuming an investment
of $100 on December 31, 2020 and reinvestment of all dividends. The stock price performance shown is not
necessarily indicative of future performance.

[[perf_graph]]

## Issuer Purchases of Equity Securities

@repurchase_program In February 2024, our Board of Directors authorized the repurchase of up to $300 million of our
common stock, with no expiration date, replacing the prior authorization. We repurchased approximately
{m.sh_repurch[2025]:.1f} million shares for {usd(m.repurch[2025])} during 2025. The following table provides
information about our repurchases of common stock during the three months ended December 31, 2025:

[[repurchases]]

(1) Repurchases were made in open-market transactions under the February 2024 authorization. Excludes shares
withheld to satisfy tax withholding obligations upon the vesting of restricted stock units.

## Securities Authorized for Issuance Under Equity Compensation Plans

The following table provides information as of December 31, 2025 about our equity compensation plans, all of which
have been approved by our stockholders:

[[eq_plans]]

(a) Includes RSUs and PSUs (at target), which have no exercise price; the weighted-average exercise price relates
only to outstanding stock options.

#1 Item 6. [Reserved]
"""


def mdna(m) -> str:
    s, g, oi = m.sales, m.gp, m.oi
    gm = {y: g[y] / s[y] for y in s}
    om = {y: oi[y] / s[y] for y in s}
    org = sum(v[0] for v in m.bridge.values())
    acq = sum(v[1] for v in m.bridge.values())
    fx = sum(v[2] for v in m.bridge.values())
    sga_pct = {y: m.sga[y] / s[y] for y in s}
    etr = {y: m.tax[y] / m.pretax[y] for y in s}
    sf = m.seg_sales["SF"]
    cf = m.cf
    b = m.b
    liq = b["cash"][2025] + b["sti"][2025] + m.revolver_avail
    return f"""
!page

#1 Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations

The following discussion should be read together with our consolidated financial statements and the related notes
in Item 8. This section discusses 2025 compared with 2024 and, more briefly, 2024 compared with 2023. Amounts are in
millions of dollars except per share data, and percentages are calculated from the rounded amounts presented.

## Overview

Calderbrook designs, manufactures and services flow control, power transmission and filtration products for
industrial, municipal and clean-manufacturing customers. We manage the business through three reportable segments:
Fluid Handling, Power Transmission and Specialty Filtration. Our results depend primarily on industrial production
and capital spending in our end markets, our ability to price ahead of material and labor inflation, and the
productivity we achieve through the Calderbrook Operating System.

## 2025 Highlights

@highlights - Net sales increased {chg(s[2025], s[2024])} to {usd(s[2025])}. Organic sales grew
{pct(org / s[2024])}, and the Vantor acquisition added {pct(acq / s[2024])}, partially offset by a
{pct(-fx / s[2024])} unfavorable effect of foreign currency translation.
- Gross margin expanded {bps(gm[2025], gm[2024])} basis points to {pct(gm[2025])}, and operating margin expanded to
{pct(om[2025])} from {pct(om[2024])}.
- Diluted earnings per share were ${m.eps_dil[2025]:.2f}, compared with ${m.eps_dil[2024]:.2f} in 2024.
- Net cash provided by operating activities was {usd(cf['cfo'][2025])}, and free cash flow (a non-GAAP measure
defined below) was {usd(m.fcf[2025])}.
- We reduced total debt by {usd(m.total_debt[2024] - m.total_debt[2025])}, returned {usd(m.div[2025])} to
stockholders through dividends and repurchased {usd(m.repurch[2025])} of our common stock.

## Orders and Backlog

We use orders and backlog as indicators of near-term demand. Orders represent firm purchase commitments received
during the period. Orders increased {usd(m.orders_total[2025] - m.orders_total[2024])} to {usd(m.orders_total[2025])}
in 2025, and the book-to-bill ratio (orders divided by net sales) was {m.orders_total[2025] / m.sales[2025]:.2f}.

[[orders]]

## Business Environment and Outlook

Conditions in our end markets were mixed in 2025. Municipal water and wastewater spending remained strong, supported
by federal infrastructure funding and utilities' efforts to replace aging treatment plants and comply with new lead
service line and disinfection requirements. Chemical processing demand was soft for most of the year as producers
deferred maintenance projects, while food and beverage and pharmaceutical customers continued to invest. In Power
Transmission, lower agricultural equipment production offset growth in warehouse automation and package handling,
and distributor inventories stabilized after the destocking of 2024. Specialty Filtration benefited from
semiconductor fabrication and data center construction in the United States and from replacement filter demand
across its installed base. Input cost inflation moderated for most metals during the year, but tariffs on imported
steel products and castings increased our costs beginning in the second quarter.

For 2026, we expect modest organic growth, with continued strength in water infrastructure and cleanroom filtration
and a gradual recovery in agricultural equipment demand from a low base. We expect to complete the acquisition of
Halden Pump Systems GmbH, described in Note 21, in the second quarter of 2026.

## Results of Operations

The following table sets forth our consolidated results of operations:

[[mdna_results]]

[[mdna_pct]]

## Net Sales

@sales_drivers Net sales were {usd(s[2025])} in 2025, an increase of {usd(s[2025] - s[2024])}, or
{chg(s[2025], s[2024])}, from {usd(s[2024])} in 2024. Organic sales, which exclude the effects of acquisitions in the
first twelve months after closing and of foreign currency translation, increased {usd(org)}, or
{pct(org / s[2024])}, driven by price realization of approximately {pct(m.price / s[2024])} and higher volume in Fluid
Handling and Specialty Filtration. Vantor contributed {usd(acq)} of net sales in the first half of 2025, before the
first anniversary of the acquisition, and is included in organic sales thereafter. Foreign currency translation
reduced net sales by {usd(-fx)}, primarily because of a weaker Mexican peso. The following table shows the
components of the change in net sales by segment:

[[mdna_bridge]]

## Gross Profit

@gm_drivers Gross profit increased {usd(g[2025] - g[2024])} to {usd(g[2025])} in 2025, and gross margin increased
to {pct(gm[2025])} from {pct(gm[2024])}. The improvement of {bps(gm[2025], gm[2024])} basis points reflected price
realization that exceeded material and labor cost inflation, productivity from CBOS initiatives and savings from the
consolidation of our Muncie gear plant, and a full year of the higher-margin Vantor filtration business. These
factors were partially offset by tariffs on imported steel products and castings, which increased cost of sales by
approximately $11 million, and by higher wages at our United States plants. In 2024 gross margin was reduced by a $3
million charge for the fair value step-up of Vantor inventory that did not recur.

## Selling, General and Administrative Expenses

SG&A expenses were {usd(m.sga[2025])} in 2025, compared with {usd(m.sga[2024])} in 2024, an increase of
{usd(m.sga[2025] - m.sga[2024])}, or {chg(m.sga[2025], m.sga[2024])}. The increase reflected a full year of Vantor's
selling and administrative costs, wage inflation, higher incentive compensation on improved results, and the $3.1
million settlement of the California wage-and-hour class action described in Item 3. These increases were partially
offset by the absence of $7 million of acquisition transaction costs incurred in 2024. As a percentage of net
sales, SG&A decreased to {pct(sga_pct[2025])} from {pct(sga_pct[2024])} as we leveraged fixed costs on higher sales.

## Research and Development Expenses

R&D expenses increased {chg(m.rnd[2025], m.rnd[2024])} to {usd(m.rnd[2025])}, or {pct(m.rnd[2025] / s[2025])} of
net sales, as we added engineers for smart actuator and nanofiber filter media programs and included Vantor's
development team for a full year.

## Amortization of Intangible Assets

Amortization of intangible assets was {usd(m.amort[2025])} in 2025 and {usd(m.amort[2024])} in 2024. The increase
reflects a full year of amortization of the customer relationships, technology and trade names acquired with
Vantor.

## Restructuring and Other Charges

Restructuring and other charges were {usd(m.restr[2025])} in 2025 and {usd(m.restr[2024])} in 2024, and related
primarily to the closure of our Muncie, Indiana gear plant and the transfer of its production to Rockford and
Monterrey. The program was substantially complete at the end of 2025. We have incurred cumulative charges of $36
million and expect to incur approximately $4 million of additional charges in 2026. We estimate the program will
generate annual pre-tax savings of approximately $18 million when fully implemented, of which approximately $11
million was realized in 2025. See Note 8, Restructuring.

## Operating Income

@opm_drivers Operating income increased {usd(oi[2025] - oi[2024])}, or {chg(oi[2025], oi[2024])}, to
{usd(oi[2025])} in 2025, and operating margin improved to {pct(om[2025])} from {pct(om[2024])}. The improvement
reflected higher gross margin, lower SG&A as a percentage of sales, and lower restructuring charges, partially offset
by higher amortization of acquired intangible assets.

## Interest Expense and Other (Income) Expense, Net

@int_drivers Interest expense increased to {usd(m.int_exp[2025])} in 2025 from {usd(m.int_exp[2024])} in 2024,
because the $350 million term loan used to finance the Vantor acquisition was outstanding for all of 2025 compared
with six months in 2024. The effect was partially offset by lower average borrowings under the revolving credit
facility and lower variable interest rates in the second half of the year. Other (income) expense, net was income
of {usd(-m.other_exp[2025])} in 2025 compared with income of {usd(-m.other_exp[2024])} in 2024, and consisted
primarily of the non-service components of net periodic pension benefit, interest income on cash and short-term
investments, and foreign currency transaction gains and losses.

## Income Taxes

Our effective tax rate was {pct(etr[2025])} in 2025, compared with {pct(etr[2024])} in 2024. The lower rate in 2025
reflected a higher benefit from research and development tax credits, a favorable mix of earnings, and the absence
of non-deductible acquisition costs incurred in 2024. See Note 11, Income Taxes.

## Net Income and Earnings per Share

Net income was {usd(m.ni[2025])}, or ${m.eps_dil[2025]:.2f} per diluted share, in 2025, compared with
{usd(m.ni[2024])}, or ${m.eps_dil[2024]:.2f} per diluted share, in 2024. Diluted weighted-average shares outstanding
declined to {m.sh_dil[2025]:.1f} million from {m.sh_dil[2024]:.1f} million, reflecting share repurchases.

## 2024 Compared with 2023

Net sales increased {usd(s[2024] - s[2023])}, or {chg(s[2024], s[2023])}, to {usd(s[2024])} in 2024. Vantor
contributed $66 million of net sales after its acquisition on July 1, 2024, and organic sales increased $29 million,
or 1.5%, as price increases in Fluid Handling offset lower Power Transmission volume caused by distributor
destocking and weaker agricultural demand. Foreign currency translation reduced net sales by $12 million. Gross margin
improved to {pct(gm[2024])} from {pct(gm[2023])}, reflecting pricing and productivity, partially offset by the
inventory step-up charge. Operating income decreased to {usd(oi[2024])} from {usd(oi[2023])}, as higher restructuring
charges, acquisition costs and amortization offset the improvement in gross profit. Interest expense increased to
{usd(m.int_exp[2024])} from {usd(m.int_exp[2023])} because of acquisition borrowings, and net income decreased to
{usd(m.ni[2024])} from {usd(m.ni[2023])}.

## Fourth Quarter 2025 Results

Net sales in the fourth quarter of 2025 were {usd(m.quarters[2025]['Net sales'][3])}, an increase of
{chg(m.quarters[2025]['Net sales'][3], m.quarters[2024]['Net sales'][3])} from the fourth quarter of 2024, driven by
organic growth in Fluid Handling and Specialty Filtration; Vantor was included in both periods. Gross margin was
{pct(m.quarters[2025]['Gross profit'][3] / m.quarters[2025]['Net sales'][3])}, compared with
{pct(m.quarters[2024]['Gross profit'][3] / m.quarters[2024]['Net sales'][3])} a year earlier, and operating income
increased to {usd(m.quarters[2025]['Operating income'][3])} from {usd(m.quarters[2024]['Operating income'][3])}.
Net income was {usd(m.quarters[2025]['Net income'][3])}, compared with {usd(m.quarters[2024]['Net income'][3])}.
Quarterly results for 2025 and 2024 are presented in Note 20.

[[q4_table]]

## Segment Results

We evaluate segment performance based on net sales and segment operating income, which includes amortization of
acquired intangible assets but excludes restructuring and other charges and unallocated corporate expenses.
Segment operating margin is segment operating income divided by segment net sales.

#### Fluid Handling

[[seg_FH]]

Fluid Handling net sales increased {chg(m.seg_sales['FH'][2025], m.seg_sales['FH'][2024])} in 2025. Organic sales
grew {pct(m.bridge['FH'][0] / m.seg_sales['FH'][2024])} on price increases and higher shipments of large-diameter
butterfly valves and actuated valve packages to water and wastewater treatment projects, as well as sanitary valves
for food and beverage plants; chemical processing demand was lower. Segment operating income increased
{chg(m.seg_oi['FH'][2025], m.seg_oi['FH'][2024])} and operating margin expanded to
{pct(m.seg_oi['FH'][2025] / m.seg_sales['FH'][2025])}, as price and productivity more than offset wage inflation
and tariff costs.

#### Power Transmission

[[seg_PT]]

Power Transmission net sales were essentially flat in 2025, decreasing
{chg(m.seg_sales['PT'][2025], m.seg_sales['PT'][2024])}. Shipments of gear drives and couplings to warehouse
automation and package handling customers grew, but sales to agricultural equipment manufacturers declined for a
second consecutive year, and currency translation reduced sales by $2 million. Segment operating margin improved to
{pct(m.seg_oi['PT'][2025] / m.seg_sales['PT'][2025])} from {pct(m.seg_oi['PT'][2024] / m.seg_sales['PT'][2024])}
as savings from the Muncie consolidation began to benefit results in the second half of the year.

#### Specialty Filtration

[[seg_SF]]

Specialty Filtration net sales increased {usd(sf[2025] - sf[2024])}, or {chg(sf[2025], sf[2024])}, to
{usd(sf[2025])} in 2025. The acquisition of Vantor contributed {usd(m.bridge['SF'][1])}, and organic sales increased
{usd(m.bridge['SF'][0])}, or {pct(m.bridge['SF'][0] / sf[2024])}, driven by fan filter units and HEPA filters for
semiconductor fabrication facilities and data centers and by higher replacement cartridge sales. Segment operating
income increased to {usd(m.seg_oi['SF'][2025])} from {usd(m.seg_oi['SF'][2024])}, and segment operating margin
improved to {pct(m.seg_oi['SF'][2025] / sf[2025])}, despite {usd(m.seg_amort['SF'][2025])} of amortization expense,
reflecting volume leverage and purchasing synergies between Vantor and our legacy filtration operations.

#### Segment results for 2024 compared with 2023

Fluid Handling net sales increased {chg(m.seg_sales['FH'][2024], m.seg_sales['FH'][2023])} in 2024, as price
increases and growth in municipal valve shipments more than offset lower midstream energy demand, and segment operating
margin improved to {pct(m.seg_oi['FH'][2024] / m.seg_sales['FH'][2024])} from
{pct(m.seg_oi['FH'][2023] / m.seg_sales['FH'][2023])}. Power Transmission net sales decreased
{chg(m.seg_sales['PT'][2024], m.seg_sales['PT'][2023])}, reflecting distributor destocking in the first half of the
year and lower agricultural equipment production, and its segment operating margin declined to
{pct(m.seg_oi['PT'][2024] / m.seg_sales['PT'][2024])} on lower absorption of fixed costs and duplicate costs during
the Muncie transition. Specialty Filtration net sales increased {chg(m.seg_sales['SF'][2024], m.seg_sales['SF'][2023])},
almost entirely because of the Vantor acquisition, and segment operating margin improved to
{pct(m.seg_oi['SF'][2024] / m.seg_sales['SF'][2024])} as Vantor's higher-margin cleanroom products were added.

## Non-GAAP Financial Measures

We use adjusted EBITDA and free cash flow, which are not measures of financial performance under U.S. GAAP, to
evaluate our operating performance and our ability to generate cash. We define adjusted EBITDA as net income before
income taxes, interest expense, and depreciation and amortization, further adjusted for restructuring and other
charges, acquisition transaction costs and the inventory fair value step-up. We define free cash flow as net cash
provided by operating activities less capital expenditures. These measures should not be considered in isolation
or as substitutes for net income or cash flows from operating activities, and may not be comparable to similarly
titled measures used by other companies.

[[adj_ebitda]]

## Liquidity and Capital Resources

@liquidity_sources Our principal sources of liquidity are cash generated from operations, our cash and short-term
investments, and our $600 million revolving credit facility. At December 31, 2025 we had cash and cash equivalents of
{usd(b['cash'][2025])}, short-term investments of {usd(b['sti'][2025])}, and {usd(m.revolver_avail)} of unused
availability under the revolving credit facility after {usd(m.revolver[2025])} of borrowings and
{usd(m.lc)} of outstanding letters of credit, for total liquidity of {usd(liq)}. Approximately $61 million of our cash
and cash equivalents was held by foreign subsidiaries. We believe that these resources and our expected operating
cash flow will be sufficient to fund our operations, capital expenditures, dividends, scheduled debt repayments and
the pending Halden acquisition for at least the next twelve months.

[[liquidity]]

## Cash Flows

The following table summarizes our cash flows:

[[cf_summary]]

Operating activities. Net cash provided by operating activities increased {usd(cf['cfo'][2025] - cf['cfo'][2024])}
to {usd(cf['cfo'][2025])} in 2025, primarily because of higher net income and higher non-cash depreciation and
amortization. Working capital used {usd(-(cf['ar'][2025] + cf['inv'][2025] + cf['prepaid'][2025] + cf['ap'][2025]))}
of cash for receivables, inventories, prepaid expenses and accounts payable combined, as higher sales increased
receivables and we built inventory of castings ahead of announced tariff increases, compared with a source of cash
from inventory reductions in 2024. Accrued compensation increased on higher incentive compensation.

Investing activities. Net cash used in investing activities was {usd(-cf['cfi'][2025])} in 2025, consisting
primarily of capital expenditures of {usd(m.capex[2025])} and net purchases of short-term investments, partially
offset by {usd(cf['ppe_proceeds'][2025])} of proceeds from the sale of a warehouse in Muncie. In 2024, net cash used
in investing activities of {usd(-cf['cfi'][2024])} included {usd(-cf['acq'][2024])} for the acquisition of Vantor,
net of cash acquired.

Financing activities. Net cash used in financing activities was {usd(-cf['cff'][2025])} in 2025, reflecting net
repayments of debt of {usd(m.total_debt[2024] - m.total_debt[2025])}, dividends of {usd(m.div[2025])} and share
repurchases of {usd(m.repurch[2025])}. In 2024, financing activities provided {usd(cf['cff'][2024])}, primarily from
the $350 million term loan and revolver borrowings used to fund the Vantor acquisition.

## Capital Expenditures

Capital expenditures were {usd(m.capex[2025])}, or {pct(m.capex[2025] / s[2025])} of net sales, in 2025, compared
with {usd(m.capex[2024])} in 2024 and {usd(m.capex[2023])} in 2023. Spending in 2025 included a second HEPA media line
in Greenville, machining centers and automated assembly cells in Rockford and Monterrey to absorb production
transferred from Muncie, and the continued rollout of our common ERP system. We expect capital expenditures of
approximately $100 million to $110 million in 2026.

## Acquisitions

We acquired Vantor on July 1, 2024 for $412 million, net of cash acquired, financed with the term loan and revolver
borrowings. Vantor's operating results met our expectations in 2025, and we realized approximately $6 million of
purchasing and freight synergies during the year. We expect to complete the Halden acquisition in the second quarter
of 2026 and to fund it with cash on hand and borrowings under our revolving credit facility; after the acquisition,
we expect our net leverage ratio to remain below 2.5 to 1.00.

## Debt and Credit Facilities

Our debt consists of $500 million of 4.25% senior notes due 2029, a term loan with an outstanding principal balance of
{usd(m.term[2025])} at December 31, 2025, and borrowings of {usd(m.revolver[2025])} under our revolving credit
facility. The term loan and the revolving credit facility mature in June 2029 and bear interest at the Secured
Overnight Financing Rate ("SOFR") plus a margin that depends on our net leverage ratio, which was 1.375% at December
31, 2025. The credit agreement requires us to maintain a net leverage ratio of not more than 3.75 to 1.00 and an
interest coverage ratio of not less than 3.00 to 1.00, each as defined in the agreement. We were in compliance with
these covenants at December 31, 2025, with a net leverage ratio of 1.9 to 1.00. See Note 9, Debt.

## Dividends and Share Repurchases

We paid dividends of {usd(m.div[2025])} in 2025, {usd(m.div[2024])} in 2024 and {usd(m.div[2023])} in 2023. We
repurchased {m.sh_repurch[2025]:.1f} million shares of common stock for {usd(m.repurch[2025])} in 2025, and
{usd(m.repurch_remaining, 1)} remained available under our share repurchase authorization at December 31, 2025.

## Capital Allocation

The following table summarizes how we deployed cash over the last three years. Over this period we invested
{usd(sum(m.capex.values()))} in capital expenditures, {usd(-sum(m.cf['acq'].values()))} in acquisitions and returned
{usd(sum(m.div.values()) + sum(m.repurch.values()))} to stockholders through dividends and share repurchases.

[[cap_alloc]]

Our priorities for 2026 are to complete and integrate the Halden acquisition, fund capital expenditures of $100
million to $110 million, increase the dividend in line with earnings, and use remaining free cash flow for debt
reduction and opportunistic share repurchases.

## Contractual Obligations

The following table summarizes our significant contractual obligations as of December 31, 2025:

[[contractual]]

(1) Interest on variable-rate debt is estimated using rates in effect at December 31, 2025. (2) Purchase obligations
are agreements to purchase goods or services that are enforceable and legally binding, principally raw materials
and components. The table excludes $9 million of liabilities for unrecognized tax benefits because the timing of
payment cannot be reasonably estimated.

## Working Capital

We manage working capital to support service levels while converting earnings to cash. The following metrics are
calculated from year-end balances: days sales outstanding as accounts receivable divided by net sales times 365; days
inventory outstanding as inventories divided by cost of sales times 365; and days payable outstanding as accounts
payable divided by cost of sales times 365.

[[wc_metrics]]

Days inventory outstanding improved as Muncie transition inventory was consumed, partially offset by the purchase of
castings ahead of tariff increases. We expect inventory days to decline further in 2026 as we complete 80/20 product
line simplification and reduce safety stock for transferred product lines.

## Pension Funding

Our U.S. defined benefit pension plan is frozen, and we manage its assets to match the duration of its obligations.
The plan's funded status improved to 92% at December 31, 2025 from 90% at December 31, 2024, because returns on plan
assets exceeded the interest cost on the obligation. We contributed $6 million in 2025 and expect to contribute $6
million in 2026, which exceeds the minimum required contribution.

## Inflation and Pricing

Inflation in wages, freight, utilities and purchased components has been a significant factor in our costs since
2021. We address inflation through list price increases, which we typically announce once or twice a year,
surcharges for specific metals, productivity actions and value engineering. In 2025 price realization added
approximately {pct(m.price / m.sales[2024])} to net sales, compared with approximately 2.4% in 2024, and more than
offset the combined effect of material, labor and tariff inflation on our cost of sales.

## Off-Balance Sheet Arrangements

Other than letters of credit and surety bonds issued in the ordinary course of business, which totaled
{usd(m.lc)} and $38 million, respectively, at December 31, 2025, we have no off-balance sheet arrangements that have
or are reasonably likely to have a material current or future effect on our financial condition.

## Critical Accounting Estimates

The preparation of financial statements in accordance with U.S. GAAP requires management to make estimates and
assumptions that affect reported amounts. The estimates below involve a significant level of judgment and could have
a material effect on our results if actual outcomes differ. Our significant accounting policies are described in
Note 1.

#### Revenue recognition - variable consideration

Many of our distributor agreements provide for volume rebates, price protection and returns. We estimate variable
consideration using historical experience, distributor sell-through data and current agreements, and we record
revenue net of these estimates. Accrued customer rebates were $22 million at December 31, 2025. A 10% change in the
rebate accrual would affect net sales by approximately $2 million.

#### Goodwill

We test goodwill for impairment annually as of October 1 at the reporting unit level. Fair value is estimated using a
combination of discounted cash flow and market multiple approaches, which require assumptions about revenue growth,
margins, discount rates and terminal growth. In the 2025 test, the fair value of each reporting unit exceeded its
carrying value. The Specialty Filtration reporting unit, which includes Vantor and has goodwill of
{usd(m.gw_seg['SF'][2025])}, had fair value exceeding its carrying value by approximately 14%; a one percentage point
increase in the discount rate would have reduced that excess to approximately 4%.

#### Business combinations

We allocated the purchase price of Vantor to the assets acquired and liabilities assumed at fair value, using
valuation techniques that required estimates of future revenues, customer attrition rates, royalty rates and
discount rates. The customer relationship intangible asset of $104 million was the most significant estimate. We
finalized the purchase price allocation in the second quarter of 2025 without material adjustments.

#### Inventories

We value inventories at the lower of cost or net realizable value, and we record reserves for excess and obsolete
inventory based on historical usage, forecasted demand and product lifecycle plans. Product line simplification
under our 80/20 initiatives requires judgment about which items will be discontinued.

#### Environmental and legal contingencies

We accrue for environmental remediation and litigation when a loss is probable and reasonably estimable. Estimates
of remediation costs depend on the extent of contamination, the remediation method approved by regulators, and the
duration of monitoring, and can change as work progresses. Our Elkhart accrual assumes groundwater treatment for
approximately ten more years; extending treatment by five years would increase the accrual by approximately $2
million. For litigation, including the Ostrander patent matter, we assess the probability of loss with the advice of
outside counsel, and we may revise our assessment as the proceedings develop.

#### Income taxes and pension obligations

We make judgments about the realizability of deferred tax assets and the recognition of uncertain tax positions.
Our pension obligation depends on the discount rate, which was 5.45% at December 31, 2025; a 25 basis point decrease
would increase the projected benefit obligation by approximately $10 million.

## Recently Issued Accounting Pronouncements

See Note 1 for a description of recently issued accounting pronouncements, including ASU 2024-03, Disaggregation of
Income Statement Expenses, which will require additional disclosure of the nature of expenses included in captions
such as cost of sales and SG&A beginning with our 2027 annual report.
"""


def item7a(m) -> str:
    intl = m.sales[2025] - m.geo["United States"][2025]
    return f"""
#1 Item 7A. Quantitative and Qualitative Disclosures About Market Risk

We are exposed to market risks from changes in interest rates, foreign currency exchange rates and commodity
prices. We manage these risks through normal operating and financing activities and, where appropriate, derivative
instruments. We do not use derivatives for trading or speculative purposes.

Interest rate risk. At December 31, 2025, {usd(m.term[2025] + m.revolver[2025])} of our debt bore interest at
variable rates, of which $150 million was effectively converted to a fixed rate by an interest rate swap that
matures in June 2027. A hypothetical 100 basis point increase in SOFR would increase our annual interest expense on
the remaining unhedged variable-rate debt by approximately $2 million. Our senior notes bear interest at a fixed
rate; their fair value was approximately $488 million at December 31, 2025.

The following table summarizes our variable-rate debt and the related sensitivity at December 31, 2025:

[[rate_sens]]

Foreign currency risk. Approximately {usd(intl)} of our 2025 net sales were to customers outside the United States,
and our principal foreign currency exposures relate to the euro, Mexican peso, Czech koruna and Canadian dollar. A
hypothetical 10% strengthening of the U.S. dollar against all of these currencies would have reduced 2025 net sales
by approximately {usd(rnd(intl * 0.1 * 0.55, 0))} and operating income by approximately $6 million, after considering
the portion of our international sales denominated in U.S. dollars. We use forward contracts to hedge certain
intercompany and peso-denominated manufacturing cost exposures; contracts outstanding at December 31, 2025 had a
notional value of $84 million.

Commodity price risk. We purchased approximately $410 million of steel, iron, bronze, aluminum, resin and other
commodity-linked materials in 2025. A hypothetical 10% increase in these costs would increase our annual cost of sales
by approximately $41 million before any offsetting price actions. We generally do not hedge commodity prices, but we
use fixed-price supply agreements of up to one year and pass through cost increases with price adjustments and
surcharges.
"""


def cams() -> list[tuple[str, str, str]]:
    return [
        ("Goodwill impairment assessment - Specialty Filtration reporting unit",
         "As discussed in Notes 1 and 6 to the consolidated financial statements, the Company tests goodwill for "
         "impairment annually as of October 1. The fair value of the Specialty Filtration reporting unit was "
         "estimated using discounted cash flow and market multiple approaches. We identified the evaluation of the "
         "fair value of this reporting unit as a critical audit matter because of the sensitivity of the estimate to "
         "the forecasted revenue growth rates, operating margins and discount rate, which required a high degree of "
         "auditor judgment and the involvement of valuation professionals.",
         "Our procedures included testing the design and operating effectiveness of controls over the Company's "
         "impairment assessment, comparing forecasted revenue growth and margins with historical results, industry "
         "outlooks and backlog, and evaluating, with the assistance of our valuation professionals, the discount rate "
         "and the market multiples used, including developing an independent range of discount rates."),
        ("Customer rebate accruals",
         "As discussed in Note 1, the Company records revenue net of estimated volume rebates and price protection "
         "payable to distributors. Accrued customer rebates were $22 million at December 31, 2025. Auditing the "
         "accrual was challenging because the estimate depends on forecasted purchase volumes by customer and the "
         "terms of a large number of agreements.",
         "Our procedures included testing controls over the rebate accrual process, agreeing a sample of rebate terms "
         "to signed agreements, recalculating accruals, comparing forecasted volumes with actual purchases after year "
         "end, and assessing the historical accuracy of management's estimates."),
    ]


def notes(m) -> str:
    rsu_end = sum(n for _, n, _ in m.rsu)
    return f"""
## NOTES TO CONSOLIDATED FINANCIAL STATEMENTS

## Note 1. Nature of Operations and Summary of Significant Accounting Policies

Nature of operations. Calderbrook Industries, Inc. and its subsidiaries design, manufacture and service engineered
flow control, power transmission and filtration products for industrial, municipal and commercial customers,
primarily in North America and Europe. The Company reports three segments: Fluid Handling, Power Transmission and
Specialty Filtration.

Basis of presentation and consolidation. The consolidated financial statements include the accounts of the Company
and its wholly owned subsidiaries and have been prepared in accordance with accounting principles generally accepted
in the United States ("U.S. GAAP"). Intercompany accounts and transactions have been eliminated. Certain amounts in
prior years have been reclassified to conform to the current-year presentation.

Use of estimates. Preparing financial statements requires management to make estimates and assumptions that affect
the reported amounts of assets, liabilities, revenues and expenses and the disclosure of contingent liabilities.
Significant estimates include variable consideration in revenue, inventory reserves, the fair values of assets
acquired in business combinations, goodwill impairment assessments, pension obligations, income taxes, and
environmental and legal accruals. Actual results could differ from those estimates.

Foreign currency. The functional currency of most foreign subsidiaries is the local currency. Assets and liabilities
are translated at year-end exchange rates and income and expenses at average rates, with translation adjustments
recorded in accumulated other comprehensive loss. Transaction gains and losses are included in other (income)
expense, net.

Cash, cash equivalents and short-term investments. Cash equivalents are highly liquid investments with original
maturities of three months or less. Short-term investments consist of certificates of deposit and commercial paper
with original maturities of more than three months and less than one year, held to maturity and carried at
amortized cost, which approximates fair value.

Accounts receivable. Accounts receivable are stated net of an allowance for credit losses of $6 million at December
31, 2025 and $5 million at December 31, 2024. The allowance is based on historical loss experience, the aging of
receivables, customer credit quality and current economic conditions.

Inventories. Inventories are stated at the lower of cost or net realizable value. Cost is determined using the
last-in, first-out ("LIFO") method for approximately 38% of inventories, principally in the United States, and the
first-in, first-out method for the remainder.

Property, plant and equipment. Property, plant and equipment is recorded at cost and depreciated on a straight-line
basis over estimated useful lives of 20 to 40 years for buildings, 10 to 15 years for land improvements and 3 to 15
years for machinery and equipment, including capitalized software. Leasehold improvements are depreciated over the
shorter of their useful lives or the lease term. Maintenance and repairs are expensed as incurred.

Leases. We determine whether an arrangement is a lease at inception. Operating lease right-of-use assets and lease
liabilities are recognized at the present value of lease payments over the lease term, using our incremental
borrowing rate. We do not record leases with terms of twelve months or less on the balance sheet.

Goodwill and other intangible assets. Goodwill is tested for impairment annually as of October 1, or more often if
indicators exist, at the reporting unit level, which is the same as our segments. Finite-lived intangible assets are
amortized on a straight-line basis over estimated useful lives of 8 to 20 years for customer relationships, 5 to 12
years for technology and 10 to 15 years for trade names.

Impairment of long-lived assets. We review property, plant and equipment, right-of-use assets and finite-lived
intangible assets for impairment when events indicate their carrying amounts may not be recoverable.

Revenue recognition. We recognize revenue when control of products transfers to the customer, which generally occurs
upon shipment or delivery depending on the terms of the sale, and over time for field services as they are
performed. Revenue is measured as the consideration we expect to receive, net of estimated rebates, discounts and
returns. Shipping and handling costs are included in cost of sales. Sales and similar taxes collected from customers
are excluded from revenue.

Product warranties. We provide standard warranties, generally for one to three years, and accrue estimated warranty
costs at the time of sale based on historical claims experience and known product issues.

Research and development. Research and development costs are expensed as incurred.

Share-based compensation. Share-based awards are measured at grant-date fair value and recognized as expense over
the requisite service period. Forfeitures are recognized as they occur.

Income taxes. Deferred tax assets and liabilities are recognized for the expected future tax consequences of
temporary differences between financial statement and tax bases. A valuation allowance is recorded when it is more
likely than not that a deferred tax asset will not be realized. We recognize the benefit of uncertain tax positions
only when they are more likely than not to be sustained.

Concentration of credit risk. Financial instruments that potentially subject us to concentrations of credit risk
consist of cash equivalents, short-term investments, accounts receivable and derivatives. We place cash and
investments with high-quality financial institutions, perform ongoing credit evaluations of customers and generally
do not require collateral. Our largest customer accounted for approximately 9% of accounts receivable at December
31, 2025.

Self-insurance. We are self-insured for a portion of our U.S. medical and workers' compensation costs, subject to
stop-loss coverage. Liabilities are estimated using historical claims experience and actuarial assumptions and
include an estimate of claims incurred but not reported.

Environmental costs. Environmental remediation costs are accrued when it is probable that a liability has been
incurred and the amount can be reasonably estimated. Accruals are not discounted and are not reduced for possible
insurance recoveries.

Advertising. Advertising costs, principally trade shows, digital marketing and product literature, are expensed as
incurred and were $9 million, $8 million and $8 million in 2025, 2024 and 2023, respectively.

Derivative instruments. We use foreign currency forward contracts and an interest rate swap to manage exposures.
Derivatives are recorded at fair value. Changes in the fair value of derivatives designated as cash flow hedges are
recorded in other comprehensive income and reclassified into earnings when the hedged transaction affects earnings.

Recently adopted accounting pronouncements. In 2024 we adopted ASU 2023-07, Improvements to Reportable Segment
Disclosures, which requires disclosure of significant segment expenses; see Note 17. In 2025 we adopted ASU 2023-09,
Improvements to Income Tax Disclosures, on a prospective basis; see Note 11.

Recently issued accounting pronouncements. In November 2024 the FASB issued ASU 2024-03, Disaggregation of Income
Statement Expenses, which requires disclosure of specified expense categories included in relevant income statement
captions. The standard is effective for our annual report for 2027. We are evaluating the effect on our disclosures.

## Note 2. Acquisition

On July 1, 2024, we acquired all of the outstanding shares of Vantor Filtration Holdings, Inc., a manufacturer of
HEPA and ULPA filters, fan filter units and process gas filtration products, for cash consideration of $412 million,
net of cash acquired. We funded the purchase with a new $350 million term loan and borrowings under our revolving
credit facility. Vantor is included in the Specialty Filtration segment. The following table summarizes the final
allocation of the purchase price:

[[n_acq]]

Unaudited pro forma results, as if the acquisition had occurred on January 1, 2023, were as follows:

[[n_proforma]]

The pro forma results include adjustments for amortization of acquired intangible assets, interest on acquisition
borrowings and related income tax effects, and are not necessarily indicative of the results that would have been
achieved. Goodwill reflects expected synergies from combining Vantor's cleanroom products with our industrial filtration
operations, access to semiconductor and life sciences customers, and the assembled workforce. Approximately $40
million of the goodwill is deductible for tax purposes. The acquired intangible assets consist of customer
relationships of $104 million (15-year life), technology of $26 million (10-year life) and trade names of $18 million
(12-year life). Vantor contributed net sales of $66 million in 2024 after the acquisition date. Acquisition
transaction costs of $7 million were recorded in SG&A expenses in 2024.

## Note 3. Revenue

We disaggregate net sales by segment (see Note 17), by geographic destination and by type of offering. Services
consist of field service, repairs and rebuilding of customer equipment and are recognized over time.

[[n_rev_geo]]

[[n_rev_type]]

Net sales by segment and principal end market were as follows:

[[n_rev_market]]

Contract balances. Contract liabilities consist of customer deposits and advance billings on engineered orders and
are included in other accrued liabilities. Changes in contract liabilities were as follows:

[[n_contract_liab]]

Contract assets
were not material. Remaining performance obligations for contracts with an original duration of more than one year
were approximately $96 million at December 31, 2025, most of which we expect to recognize within two years.

## Note 4. Inventories

Inventories consisted of the following:

[[n_inv]]

If all inventories had been valued using the first-in, first-out method, they would have been higher by the amount
of the LIFO reserve shown above. Inventory reserves for excess and obsolete items were $19 million and $17 million at
December 31, 2025 and 2024, respectively.

## Note 5. Property, Plant and Equipment

[[n_ppe]]

Depreciation expense was {usd(m.dep[2025])}, {usd(m.dep[2024])} and {usd(m.dep[2023])} in 2025, 2024 and 2023,
respectively. In 2025 we sold a warehouse in Muncie, Indiana with a carrying value of $3 million for proceeds of $6
million and recognized a gain of $3 million in restructuring and other charges.

## Note 6. Goodwill and Other Intangible Assets

The changes in the carrying amount of goodwill by segment were as follows:

[[n_gw]]

No goodwill impairment was recorded in 2025, 2024 or 2023, and there are no accumulated impairment losses. Other
intangible assets consisted of the following:

[[n_intang]]

Amortization expense was {usd(m.amort[2025])}, {usd(m.amort[2024])} and {usd(m.amort[2023])} in 2025, 2024 and
2023, respectively. Estimated amortization expense for each of the next five years is as follows:

[[n_amort_future]]

## Note 7. Other Accrued Liabilities and Product Warranty

[[n_accrued]]

Changes in the product warranty liability were as follows:

[[n_warranty]]

## Note 8. Restructuring

In 2024 we began a footprint consolidation program in our Power Transmission segment to close our gear plant in
Muncie, Indiana and transfer its production to Rockford, Illinois and Monterrey, Mexico, and we took smaller actions
to simplify product lines and reduce overhead in our other segments. Charges consist of severance and other
employee costs, equipment relocation and requalification costs, and asset write-downs. Restructuring and other
charges by segment were as follows:

[[n_restr]]

Restructuring and other charges by type were as follows:

[[n_restr_type]]

The restructuring liability, included in other accrued liabilities, changed as follows:

[[n_restr_res]]

## Note 9. Debt

Debt consisted of the following:

[[n_debt]]

Interest expense consisted of the following:

[[n_int]]

Senior notes. Our 4.25% senior notes due April 2029 are unsecured and pay interest semiannually. We may redeem the
notes at any time at a make-whole premium. The fair value of the notes, based on quoted market prices (Level 2), was
approximately $488 million at December 31, 2025 and $479 million at December 31, 2024.

Credit agreement. In June 2024 we entered into an amended and restated credit agreement that provides a $350 million
term loan and a $600 million revolving credit facility, each maturing in June 2029. Borrowings bear interest at SOFR
plus a margin of 1.125% to 1.750% based on our net leverage ratio. The term loan amortizes in quarterly installments.
At December 31, 2025, the weighted-average interest rate on borrowings under the credit agreement was 5.7%, and
{usd(m.revolver_avail)} was available under the revolving credit facility after outstanding borrowings and
{usd(m.lc)} of letters of credit. The agreement contains customary covenants, including a maximum net leverage ratio
of 3.75 to 1.00 and a minimum interest coverage ratio of 3.00 to 1.00, with which we were in compliance. Debt
issuance costs are included in other assets and were not material. Scheduled principal payments are as follows:

[[n_maturities]]

## Note 10. Leases

We lease manufacturing, warehouse and office facilities, vehicles and equipment under operating leases with
remaining terms of one to twelve years, some of which include renewal options. Finance leases are not material. The
components of lease cost were as follows:

[[n_lease_cost]]

Cash paid for operating lease liabilities was $20 million in 2025, and right-of-use assets obtained in exchange for
new operating lease liabilities were $23 million. At December 31, 2025, the weighted-average remaining lease term was
6.4 years and the weighted-average discount rate was 5.1%. Operating lease balances were classified as follows:

[[n_lease_bs]]

Maturities of operating lease liabilities were as follows:

[[n_lease_mat]]

## Note 11. Income Taxes

The components of income before income taxes and the provision for income taxes were as follows:

[[n_tax_pretax]]

[[n_tax_prov]]

The following table reconciles income taxes computed at the U.S. federal statutory rate to our provision:

[[n_tax_rate]]

The significant components of deferred tax assets and liabilities were as follows:

[[n_tax_def]]

Income taxes paid, net of refunds, by jurisdiction were as follows:

[[n_tax_paid]]

The valuation allowance relates primarily to foreign net operating loss carryforwards. Changes in unrecognized
tax benefits were as follows:

[[n_utb]]

All of the unrecognized tax benefits would affect the effective tax rate if recognized. Interest and penalties
related to income taxes are included in the provision for income taxes and were not material. Tax years after 2021
remain subject to examination by U.S. federal authorities. We consider the
undistributed earnings of our foreign subsidiaries to be indefinitely reinvested, except for our Czech subsidiaries,
and the unrecognized deferred tax liability on those earnings is not material.

## Note 12. Retirement Plans

We sponsor a defined benefit pension plan for certain U.S. employees that was frozen to new participants in 2009 and
to future benefit accruals in 2016, as well as defined contribution plans covering most U.S. employees. Expense for
defined contribution plans was $24 million in 2025, $22 million in 2024 and $21 million in 2023. The funded status
of the defined benefit plan was as follows:

[[n_pension]]

The components of net periodic pension cost (benefit), which is recorded in other (income) expense, net, were as
follows:

[[n_pension_cost]]

The discount rate
used to measure the benefit obligation was 5.45% at December 31, 2025 (5.60% at December 31, 2024), and the expected
long-term return on plan assets is 6.75%. Plan assets are invested approximately 60% in fixed income securities and
40% in equity securities. The fair value of plan assets by category was as follows:

[[n_plan_assets]]

We expect to contribute $6 million to the plan in 2026. Expected benefit payments are as
follows:

[[n_pension_pay]]

## Note 13. Stockholders' Equity and Accumulated Other Comprehensive Loss

Share repurchases. In February 2024 the Board authorized the repurchase of up to $300 million of common stock. We
repurchased {m.sh_repurch[2025]:.1f} million, {m.sh_repurch[2024]:.1f} million and {m.sh_repurch[2023]:.1f} million
shares for {usd(m.repurch[2025])}, {usd(m.repurch[2024])} and {usd(m.repurch[2023])} in 2025, 2024 and 2023,
respectively, and {usd(m.repurch_remaining, 1)} remained available under the authorization at December 31, 2025.
Repurchased shares are held in treasury.

Dividends. Cash dividends declared and paid were ${m.dps[2025]:.2f}, ${m.dps[2024]:.2f} and ${m.dps[2023]:.2f} per
share in 2025, 2024 and 2023, respectively.

The components of accumulated other comprehensive loss, net of tax, were as follows:

[[n_aoci]]

Changes in accumulated other comprehensive loss by component in 2025 were as follows:

[[n_aoci_roll]]

## Note 14. Share-Based Compensation

Our 2021 Omnibus Incentive Plan provides for grants of restricted stock units ("RSUs"), performance share units
("PSUs"), stock options and other awards to employees and directors; 3.1 million shares remained available for grant
at December 31, 2025. RSUs generally vest ratably over three years. PSUs vest after three years based on return on
invested capital and relative total shareholder return, and are included in the table below at target. Share-based
compensation expense was {usd(m.sbc[2025])}, {usd(m.sbc[2024])} and {usd(m.sbc[2023])} in 2025, 2024 and 2023, with
related income tax benefits of $4 million, $3 million and $3 million. Activity for RSUs and PSUs in 2025 was as
follows (units in thousands):

[[n_rsu]]

The grant-date fair value of PSUs with a market condition was estimated with a Monte Carlo simulation using the
following assumptions:

[[n_psu]]

Stock option activity in 2025 was as follows (options in thousands):

[[n_options]]

At December 31, 2025, unrecognized compensation cost related to nonvested awards was $24.6 million, which we expect to
recognize over a weighted-average period of 1.9 years. Outstanding stock options, all of which were granted before
2021 and are exercisable, totaled 0.4 million at a weighted-average exercise price of $48.60; {rsu_end} thousand RSUs
and PSUs were nonvested at year end.

## Note 15. Earnings per Share

Basic earnings per share is computed by dividing net income by the weighted-average number of common shares
outstanding. Diluted earnings per share includes the dilutive effect of stock options, RSUs and PSUs, calculated
using the treasury stock method.

[[n_eps]]

## Note 16. Commitments and Contingencies

@legal_note Litigation. The Company is a defendant in a patent infringement action brought by Ostrander Valve Company
in the U.S. District Court for the Northern District of Illinois in March 2024 relating to our TorqSeal actuators.
Trial is scheduled for the fourth quarter of 2026. We believe we have meritorious defenses; a loss is not considered
probable and the range of reasonably possible loss cannot be estimated, and accordingly no liability has been
recorded. In the third quarter of 2025 we agreed to settle a wage-and-hour class action in California for $3.1
million, which is accrued at December 31, 2025.

@legal_note Environmental. We have accrued $6.8 million ($7.4 million at December 31, 2024) for groundwater
remediation at a former manufacturing site in Elkhart, Indiana, of which $2 million is included in other accrued
liabilities and the remainder in other long-term liabilities. The accrual is undiscounted and based on the
remediation plan approved by the state. It is reasonably possible that costs could exceed the accrual by up to $3
million if additional treatment is required.

Other commitments. At December 31, 2025, we had outstanding letters of credit of {usd(m.lc)} and surety bonds of $38
million, principally supporting performance obligations on municipal projects and insurance programs. Purchase
obligations are summarized in Item 7. We are also party to other claims and legal proceedings in the ordinary course
of business, which we do not expect to have a material effect on our financial statements.

## Note 17. Segment Information

We have three reportable segments, which are organized by product line: Fluid Handling, Power Transmission and
Specialty Filtration. Our Chief Executive Officer, who is our chief operating decision maker ("CODM"), evaluates
segment performance and allocates resources based on segment operating income, comparing actual results with the
annual operating plan and prior periods. Segment operating income includes amortization of acquired intangible
assets and excludes restructuring and other charges and unallocated corporate expenses, which consist of corporate
office costs, certain incentive compensation, and acquisition transaction costs. Intersegment sales are not material.
The significant segment expenses regularly provided to the CODM are cost of sales and SG&A and R&D expenses.

[[n_seg_sales]]

[[n_seg_2025]]

[[n_seg_2024]]

[[n_seg_2023]]

[[n_seg_recon]]

[[n_seg_other]]

[[n_seg_assets]]

Long-lived assets, consisting of net property, plant and equipment, by geographic area were as follows:

[[n_lla]]

## Note 18. Fair Value Measurements and Derivative Instruments

Fair value is the price that would be received to sell an asset or paid to transfer a liability in an orderly
transaction between market participants. We classify fair value measurements in a three-level hierarchy: Level 1,
quoted prices in active markets for identical instruments; Level 2, observable inputs other than quoted prices; and
Level 3, unobservable inputs. Assets and liabilities measured at fair value on a recurring basis were as follows:

[[n_fv]]

Money market funds are included in cash and cash equivalents. Deferred compensation plan assets are held in a rabbi
trust, invested in mutual funds and included in other assets, with an offsetting liability in other long-term
liabilities. The carrying amounts of accounts receivable, accounts payable and borrowings under the credit agreement
approximate fair value. The fair value of our senior notes is disclosed in Note 9.

Derivative instruments. We use foreign currency forward contracts, designated as cash flow hedges, to hedge a
portion of forecasted peso-denominated manufacturing costs and intercompany purchases for up to eighteen months, and
an interest rate swap, designated as a cash flow hedge, that converts $150 million of term loan borrowings from a
variable to a fixed SOFR rate of 3.62% through June 2027. We also use undesignated forward contracts to offset
remeasurement of monetary balances. Derivative balances and their effects were as follows:

[[n_deriv]]

Gains and losses on hedges reclassified from accumulated other comprehensive loss into cost of sales and interest
expense were not material in any year presented. We expect to reclassify approximately $1 million of net gains into
earnings during the next twelve months. Counterparties are major financial institutions, and we do not require
collateral.

## Note 19. Supplemental Balance Sheet Information

[[n_prepaid]]

[[n_other_assets]]

[[n_other_ltl]]

Other (income) expense, net consisted of the following:

[[n_other_exp]]

## Note 20. Quarterly Financial Data (Unaudited)

The following tables present unaudited quarterly results. Because of rounding and changes in weighted-average shares
outstanding, the sum of quarterly earnings per share may not equal the annual amount. The second and third quarters
are seasonally our strongest; the fourth quarter of 2025 included $4 million of restructuring charges.

[[n_q2025]]

[[n_q2024]]

## Note 21. Subsequent Events

@subsequent On February 3, 2026, we entered into a definitive agreement to acquire Halden Pump Systems GmbH, a
manufacturer of diaphragm metering pumps and dosing systems for water treatment based in Kassel, Germany, for
approximately EUR 118 million (approximately $138 million), subject to customary adjustments. Halden had net sales
of approximately EUR 64 million in 2025 and will be included in the Fluid Handling segment. We expect to fund the
purchase with cash on hand and borrowings under our revolving credit facility and to complete the transaction in the
second quarter of 2026, subject to regulatory approvals. On February 10, 2026, the Board of Directors declared a
quarterly cash dividend of $0.32 per share, an increase of 6.7%, payable on March 13, 2026 to stockholders of record
on February 27, 2026.

## SCHEDULE II - VALUATION AND QUALIFYING ACCOUNTS

[[sched2]]
"""
