/// Short news reports written for these tests: several events, each told by several
/// outlets in their own words, plus events of the same kind that must stay apart.
struct Report {
    var id: String
    var event: String
    var title: String
    var body: String
    var published: String? = nil
}

enum Fixtures {
    static let harborQuake: [Report] = [
        Report(
            id: "quake-1", event: "quake-harbor", title: "Magnitude 6.4 earthquake shakes Port Alvarado",
            body: """
                A magnitude 6.4 earthquake struck near Port Alvarado on Tuesday, 2019, damaging the old harbour wall and cutting power to thousands of homes.
                The Alvarado Seismic Institute said the quake was centred 12 kilometres offshore at a depth of 10 kilometres.
                Mayor Ines Carvajal said two fishermen were injured and the ferry terminal was closed while engineers checked the piers.
                """),
        Report(
            id: "quake-2", event: "quake-harbor", title: "Port Alvarado counts damage after 6.4 quake",
            body: """
                Residents of Port Alvarado spent the night outdoors after a 6.4 magnitude quake hit the coast in 2019.
                Mayor Ines Carvajal told reporters that the harbour wall cracked in three places and the ferry terminal would stay shut.
                The Seismic Institute in Alvarado recorded more than 40 aftershocks, the strongest of magnitude 4.8.
                """),
        Report(
            id: "quake-3", event: "quake-harbor", title: "Aftershocks rattle Port Alvarado",
            body: """
                Aftershocks kept rattling Port Alvarado a day after the 6.4 earthquake, the Alvarado Seismic Institute said.
                Power returned to most homes, but the ferry terminal and the harbour wall remained closed for inspection.
                Ines Carvajal, the town's mayor, said the two injured fishermen had left hospital.
                """),
    ]

    /// Another earthquake: same kind of event, different place, year and people.
    static let mountainQuake: [Report] = [
        Report(
            id: "quake-4", event: "quake-mountain", title: "Earthquake of magnitude 5.9 hits Santa Brigida valley",
            body: """
                A magnitude 5.9 earthquake hit the Santa Brigida valley in 2023, bringing down the bell tower of the old mission church.
                Provincial governor Tomas Ubaldo said rescue teams were searching three collapsed farmhouses near Villa Oreja.
                The national seismic service said the quake was shallow and centred under the valley floor.
                """),
        Report(
            id: "quake-5", event: "quake-mountain", title: "Santa Brigida valley quake topples mission bell tower",
            body: """
                Rescue teams in the Santa Brigida valley pulled four people alive from collapsed farmhouses near Villa Oreja after the 5.9 quake in 2023.
                Governor Tomas Ubaldo said the mission church bell tower fell into the square but nobody was inside.
                Roads into the valley were blocked by landslides, the seismic service said.
                """),
    ]

    static let merger: [Report] = [
        Report(
            id: "deal-1", event: "merger", title: "Kestrel Foods agrees to buy Marrow Dairy for $2.1 billion",
            body: """
                Kestrel Foods said on Monday it had agreed to buy Marrow Dairy for $2.1 billion in cash, creating the largest cheese maker in the region.
                Kestrel chief executive Priya Holloway said the deal would close by the end of the year, pending approval by competition regulators.
                Marrow Dairy shareholders will receive $48 a share, a 30 percent premium.
                """),
        Report(
            id: "deal-2", event: "merger", title: "Marrow Dairy shareholders get premium in Kestrel deal",
            body: """
                Marrow Dairy investors will be paid $48 a share under the $2.1 billion takeover by Kestrel Foods announced on Monday.
                Priya Holloway, who runs Kestrel, said the combined cheese maker would keep both brands.
                Competition regulators must still approve the deal.
                """),
        Report(
            id: "deal-3", event: "merger", title: "Why Kestrel Foods wants Marrow Dairy",
            body: """
                Kestrel Foods' $2.1 billion bid for Marrow Dairy gives it the cheese plants it lacked, analysts said.
                Chief executive Priya Holloway has spent two years looking for a dairy deal, and the $48 a share offer was agreed by the Marrow board.
                """),
    ]

    static let election: [Report] = [
        Report(
            id: "vote-1", event: "election", title: "Voters in Lindqvist province elect new council",
            body: """
                Voters in Lindqvist province elected a new regional council on Sunday, with turnout of 61 percent.
                The Green Alliance won 14 of the 45 seats, its best result, and its leader Astrid Halvorsen claimed victory in the capital, Norrby.
                """),
        Report(
            id: "vote-2", event: "election", title: "Green Alliance leads Lindqvist council vote",
            body: """
                The Green Alliance led by Astrid Halvorsen took 14 seats in the Lindqvist provincial council election, official results showed.
                Turnout in Norrby and the rest of the province reached 61 percent, the election commission said.
                """),
    ]

    /// Two rumours about one person, told without titles as bodies of a rumour feed often
    /// are: the same person and company, different things said to have happened.
    static let resignationRumour: [Report] = [
        Report(
            id: "ceo-1", event: "ceo-resigns", title: "",
            body: """
                Marta Lindqvist is preparing to step down as chief executive of the carmaker, two people briefed on the board's plans said.
                She would leave after the annual meeting in May.
                Directors have begun interviewing possible successors and hope to name one before the summer, the people said.
                The company declined to comment on what it called speculation about its leadership.
                """),
        Report(
            id: "ceo-2", event: "ceo-resigns", title: "",
            body: """
                The head of Halvorsen Motors will resign after the annual meeting, a newspaper reported on Sunday, citing people briefed on the plans.
                Directors have drawn up a shortlist of successors, according to the report, and an announcement could come within weeks.
                The carmaker would not confirm that its chief executive intends to leave.
                """),
        Report(
            id: "ceo-3", event: "ceo-resigns", title: "",
            body: """
                Shares in the carmaker slipped on reports that its chief executive plans to quit.
                A departure after the annual meeting would end six years in charge for Marta Lindqvist.
                Directors are said to be interviewing candidates to succeed her, and analysts said investors wanted a quick and orderly handover.
                """),
    ]

    static let crashRumour: [Report] = [
        Report(
            id: "ceo-4", event: "ceo-crash", title: "",
            body: """
                Posts shared widely online claimed that Marta Lindqvist had been taken to hospital after a motorway crash.
                The posts showed a burning car and an ambulance.
                The carmaker said its chief executive was unhurt and at work, calling the accident story false and asking people not to share the pictures.
                """),
        Report(
            id: "ceo-5", event: "ceo-crash", title: "",
            body: """
                Claims that the chief executive of Halvorsen Motors was injured in a motorway accident are false, the company said on Tuesday.
                She was photographed arriving at the plant on the morning the crash supposedly happened, and no hospital in the region admitted anyone of that name, police said.
                """),
        Report(
            id: "ceo-6", event: "ceo-crash", title: "",
            body: """
                A video said to show a wrecked car belonging to Marta Lindqvist was filmed years ago in another country, fact-checkers found.
                The footage of the burning wreck and the ambulance first appeared online in 2016.
                The carmaker denied that she had been hurt in any crash or taken to hospital.
                """),
    ]

    /// Reports in other languages: two unrelated French ones, two unrelated Spanish ones, and
    /// a French report of the harbour earthquake, which shares its names and numbers but none
    /// of its words with the English reports.
    static let otherLanguages: [Report] = [
        Report(
            id: "fr-fire", event: "fr-fire", title: "Un incendie détruit une boulangerie à Vernolles",
            body: """
                Un incendie a détruit dans la nuit de mardi une boulangerie du centre de Vernolles.
                Selon les pompiers, le feu a pris dans le four vers trois heures du matin et il n'y a pas eu de blessés.
                Le propriétaire a dit qu'il espère rouvrir avant la fin du mois. Les voisins ont été évacués pendant deux heures.
                """),
        Report(
            id: "fr-transfer", event: "fr-transfer", title: "Le club de Sainte-Aude recrute un attaquant",
            body: """
                Le club de football de Sainte-Aude a annoncé jeudi l'arrivée d'un nouvel attaquant pour la saison prochaine.
                Le joueur, âgé de vingt-quatre ans, a signé un contrat de quatre ans avec le club.
                Selon la presse locale, le montant du transfert serait de douze millions d'euros, et l'entraîneur est très content de cette recrue.
                """),
        Report(
            id: "es-flood", event: "es-flood", title: "Inundaciones en Valdemora",
            body: """
                Las lluvias de la semana pasada provocaron inundaciones en varios barrios de Valdemora.
                Según el ayuntamiento, más de cien familias tuvieron que abandonar sus casas.
                El alcalde dijo que la ciudad pedirá ayuda al gobierno para reparar los daños en las calles y en las escuelas.
                """),
        Report(
            id: "es-museum", event: "es-museum", title: "Un nuevo museo de arte abrirá en Ribanova",
            body: """
                Un nuevo museo de arte moderno abrirá sus puertas en Ribanova el próximo mes.
                La directora del museo explicó que la colección incluye obras de artistas jóvenes de todo el país.
                El edificio fue diseñado por un estudio local y costó veinte millones de euros, según los organizadores.
                """),
        Report(
            id: "fr-quake", event: "quake-harbor", title: "Séisme de magnitude 6,4 à Port Alvarado",
            body: """
                Un séisme de magnitude 6.4 a frappé mardi la côte près de Port Alvarado, endommageant le vieux mur du port.
                Selon l'Alvarado Seismic Institute, l'épicentre se trouvait à 12 kilomètres au large.
                La maire Ines Carvajal a indiqué que deux pêcheurs ont été blessés et que le terminal des ferries reste fermé.
                """),
    ]

    static var all: [Report] { harborQuake + mountainQuake + merger + election }
}
