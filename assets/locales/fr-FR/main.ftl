# Nuage : messages en français. Les clés sont des identifiants stables.

## Grandeurs physiques et niveaux
stock-land = foncier
stock-water = eau
stock-power = électricité
stock-heat = chaleur
stock-extraction = extraction
level-calm = calme
level-strained = tendu
level-critical = critique
winner-nobody = personne

## Pourquoi un ordre est refusé
refusal-game-over = La partie est terminée.
refusal-not-your-turn = Ce n’est pas à ce camp de jouer maintenant ({ $side }).
refusal-unknown-action = Cette action n’existe pas dans ce scénario.
refusal-wrong-side = Seul le camp { $side } peut mener cette action.
refusal-no-action-points = Pas assez de points d’action : il en faut { $need }, il vous en reste { $have } ce tour-ci.
refusal-not-this-teams-turn = Cette carte est à l’équipe « { $team } » : c’est au tour de l’équipe « { $now } » de jouer.
refusal-team-action-points = Équipe « { $team } » : sa part est dépensée ; il faut { $need } points d’action, il lui en reste { $have } ce tour-ci.
refusal-cannot-afford = Ressource insuffisante ({ $resource }) : cela coûte { $need }, vous avez { $have }.
refusal-requirement = Pas encore possible : il faut { $condition }.
refusal-flag-in-force = Impossible avec { $flag }.
refusal-used-up = Déjà fait le nombre maximal de fois ({ $max }).
refusal-record-full = Plus aucun ordre : cette partie a noté tout ce qu’une sauvegarde peut contenir, et le score départagera à la fin de ce tour.
refusal-too-many-projects = Plus aucun projet ne peut être lancé : la partie en compte déjà { $max }, le maximum pour une partie.
refusal-needs-target = Choisissez d’abord une cible.
refusal-no-target-expected = Cette action ne prend pas de cible.
refusal-unknown-target = Cette cible n’existe pas.
refusal-wrong-map = Ce lieu est sur l’autre carte.
refusal-wrong-kind-of-place = Cette action ne peut pas être menée dans ce type de lieu.
refusal-project-not-under-way = Ce projet n’est plus en cours.
refusal-not-contestable = L’étape en cours de ce projet ne peut pas être contestée ainsi (« { $contest } »).

## Conditions
cond-always = rien
cond-at-least = { $what } au moins { $value } (actuellement { $now })
cond-below = { $what } sous { $value } (actuellement { $now })
cond-now-estimate = environ { $value }, une estimation
cond-pressure-of = la pression en { $kind } ({ $place })
cond-max-pressure-of = la plus forte pression en { $kind }
cond-demand-of = la demande en { $kind } ({ $user })
cond-flag = { $flag }
cond-completed = des projets achevés comme « { $tag } »
cond-under-way = des projets en cours comme « { $tag } »
cond-season = la saison en cours : { $season }
cond-turn = le tour
cond-target = la cible
cond-target-tagged = un lieu de type « { $tag } »
cond-and = et
cond-or = ou
cond-not = non ({ $condition })
cond-not-flag = sans { $flag }

## Grandeurs et causes
quantity-income = revenu en { $resource }
quantity-demand = demande en { $kind } ({ $user }, { $place })
quantity-capacity = capacité en { $kind } ({ $place })
cause-pressure = pression en { $kind } ({ $place })
cause-income = revenus ({ $side })
cause-drift = retour au calme
cause-unknown = pour des raisons que vous ignorez
log-came-to-nothing = { $order } : cela n’a rien donné.

## Journal
log-turn-started = Tour { $turn } : { $month }/{ $year }, { $season }
log-phase-ended = Fin des ordres : { $side }.
log-called = Carte jouée par l’animation : { $card }
log-called-for-next = L’animation appelle une carte pour le tour suivant : { $card }.
log-took-back = L’animation ramène la partie au début du tour { $turn }.
log-ends-after-this-turn = L’animation arrête la partie après ce tour : le score départagera.
log-team-done = L’équipe « { $team } » a donné ses ordres et passe le clavier.
log-record-full = Cette partie a noté tout ce qu’une sauvegarde peut contenir : le score départagera à la fin de ce tour.
log-changed = { $quantity } { $delta } ({ $cause })
log-flag-on = Désormais vrai : { $flag } ({ $cause })
log-flag-off = Plus vrai : { $flag } ({ $cause })
log-revealed = Révélé : les vrais chiffres en { $kind } ({ $place }) — { $cause }
log-secrets-revealed = Manœuvres cachées mises au jour ({ $side }) — { $cause }
log-draw-success = Réussi, avec { $chance } % de chances ({ $cause })
log-draw-failure = Échoué, avec { $chance } % de chances ({ $cause })
log-project-started = Projet lancé : { $project }
log-project-waiting = { $project } est en attente : { $reason }
log-project-delayed = { $project } : retard de { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
} ({ $cause })
log-project-blocked = { $project } : blocage de { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
} ({ $cause })
log-project-cancelled = { $project } : projet annulé ({ $cause })
log-milestone = { $project } : étape « { $milestone } » franchie
log-project-completed = { $project } : projet achevé
log-level-changed = Pression en { $kind } ({ $place }) : niveau désormais { $level } ({ $pressure } % de la capacité)
log-warning = Attention, « { $ending } » approche : { $text }
log-ended = Fin : { $ending }. Camp gagnant : { $winner }.
wait-blocked = bloqué encore { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
}

## Ligne de commande
cli-turn = tour
cli-date = date
cli-end = fin
cli-ending = Fin
cli-winner = Camp gagnant
cli-reason = Pourquoi
cli-scores = Scores
cli-score-line = { $builder } { $bscore }, { $collective } { $cscore }
cli-no-window = Pas d’écran ici : la fenêtre du jeu ne peut pas s’ouvrir (réglez DISPLAY ou WAYLAND_DISPLAY). Le même jeu se joue dans le terminal : nuage play (ou cargo run --release -- play). Voir nuage --help.

## Jouer dans le terminal
play-hand-over = Au camp suivant de jouer : { $side }. Passez-lui le clavier, puis appuyez sur Entrée.
play-hand-over-team = Au tour de l’équipe « { $team } » ({ $side }) : passez-lui le clavier, puis appuyez sur Entrée.
play-since-last-time = Depuis votre dernier tour
play-resources = Ressources
play-action-points = points d’action
play-hidden = caché (enquêtez pour savoir)
play-project = projet
play-turns-left = encore { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
} pour cette étape
play-no-target = aucune cible possible pour l’instant
play-prompt = Tapez le numéro d’une action, e pour finir votre tour, s pour sauvegarder, q pour quitter.
play-target-prompt = Tapez le numéro de la cible (autre chose annule).
play-what = Tapez un numéro de la liste, e, s ou q.
play-saved = Partie sauvegardée dans { $file }.
play-save-failed = La partie n’a pas pu être sauvegardée : { $reason }. Rien n’est perdu ; essayez un autre fichier avec --save-to.
play-load-failed = Impossible de reprendre { $file } : { $reason }.
play-seed = Graine de cette partie : { $seed } (rejouez-la avec --seed { $seed }).
play-help = À chaque tour, les bâtisseurs donnent leurs ordres, puis le collectif ; puis le tour se résout.
play-questions = À discuter :

## Joueurs de l’ordinateur
log-reasoned = Ordinateur : { $order }, en pesant { $factors }
factor-progress = l’avancée des projets ({ $side })
factor-ending = la probabilité de « { $ending } »
factor-warning = les signes de « { $ending } »
factor-score = { $what } (score : { $side })

## Le jeu de bureau
ui-tagline = Le nuage était sous nos pieds : data centers, eau, électricité et foncier dans le port de Marseille.
ui-new-game = Nouvelle partie
ui-language = Langue :
ui-projector = Mode projecteur (gros texte, fort contraste)
ui-scale = Taille du texte :
ui-quit = Quitter
ui-choose-scenario = Choisir un scénario
ui-turns = { $turns } tours
ui-who-plays = Qui joue chaque camp
ui-seat-human = des personnes à cet ordinateur
ui-seat-easy = ordinateur, facile
ui-seat-medium = ordinateur, moyen
ui-seat-hard = ordinateur, difficile
ui-back = Retour
ui-start = Commencer
ui-ready = Nous sommes prêt·es
ui-end-turn = Finir notre tour
ui-map-port = Le port
ui-map-world = Le monde
ui-do-it = Le faire
ui-more-targets = { $n } autres choix
ui-more-places = { $n } autres lieux
ui-or-click-map = ou cliquez sur un lieu de la carte
ui-log = Ce qui s’est passé
ui-timeline = Chronologie
ui-revealed = Ce qui était caché pendant la partie
ui-revealed-nothing = Rien n’est resté secret dans cette partie.
ui-revealed-in-turn = révélé au tour { $turn }
ui-revealed-never = jamais révélé pendant la partie
ui-back-to-title = Retour au titre
ui-phase-timer = Temps pour chaque phase (ateliers) :
ui-timer-off = aucun
ui-timer-minutes = { $n } min
ui-time-left = Temps restant { $time }
ui-time-up = Temps écoulé
ui-export-debrief = Exporter le bilan
ui-exported = Bilan enregistré dans { $path }, avec ses chiffres tour par tour à côté (.csv, pour un tableur)
ui-export-failed = Le bilan n’a pas pu être enregistré : { $error }
export-debrief = bilan
export-played = { $turns ->
    [one] Un tour joué.
   *[other] { $turns } tours joués.
}
export-pressures = Les pressions au fil de la partie (la plus forte de chaque type, en % de la capacité)
export-indicators = Les indicateurs au fil de la partie
export-kind = Type
export-indicator = Indicateur
export-start = Début
export-highest = Maximum
export-lowest = Minimum
export-end = Fin
export-in-turn = fin du tour { $turn }
export-at-start = au départ
export-questions = Questions à discuter
export-sources = Sources
export-timings = Durée de chaque phase (minutes:secondes, sans les pauses)
export-timed-total = Temps joué, toutes phases chronométrées : { $time }.
export-caution = à vérifier : source unique, affirmation d’entreprise ou non vérifiée
ui-chart-pressures = Plus forte pression de chaque type (% de la capacité), tour par tour
ui-chart-indicators = Indicateurs, tour par tour
ui-chart-resources = Ressources ({ $side }), tour par tour
ui-paused = Pause
ui-resume = Reprendre
ui-slot-name = Sauvegarder sous :
ui-save = Sauvegarder
ui-saved-games = Parties sauvegardées
ui-default-slot = ma partie
ui-no-saves = Aucune partie enregistrée pour l’instant.
ui-reading-saves = Lecture des parties enregistrées…
ui-load = Charger
ui-slot-turn = tour { $turn }
ui-slot-unusable = { $name } : inutilisable ({ $reason })
ui-slot-name-needed = Donnez d’abord un nom à la sauvegarde.
ui-quit-to-title = Revenir au titre
ui-menu = Menu (Échap)
ui-search = Chercher :
ui-caution = Source unique, affirmation d’entreprise ou non vérifié : à prendre avec précaution.
ui-encyclopedia = Sources
ui-report-title = Ce qui a changé au tour { $turn }
ui-report-close = Compris
ui-report-pressure = Pression : { $kind }
ui-report-indicators = Opinion publique et position
ui-report-news = Nouvelles, projets et alertes
ui-report-quiet = Un semestre calme : rien de visible n’a changé.
ui-served = servi·es :
ui-pressures = Plus fortes pressions :
ui-projects = Projets en cours
ui-no-projects = Aucun projet en cours à votre connaissance.
ui-project-step = étape { $n } sur { $of } : { $step }, encore { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
}
ui-project-blocked = bloqué encore { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
}
ui-project-waits = attend
ui-contested-by = contestable par
ui-log-show-place = Cliquer pour montrer le lieu sur la carte
ui-open-source = Ouvrir cette source dans l’encyclopédie
ui-drawn-by = consommé par
ui-indicator-sources = Sources : { $keys } (cliquer pour ouvrir)
ui-inset = Cliquer pour passer à cette carte
ui-route = { $from } → { $to }
cond-known = les vrais chiffres en { $kind } ({ $place }) connus du public
cond-booked-of = la capacité en { $kind } retenue, appels et réserves compris ({ $place })
cond-marked = le choix « { $choice } » fait pour ce projet
quantity-reserved = capacité réservée en { $kind } ({ $place })
log-project-marked = { $project } : { $cause }
stock-booked = capacité retenue { $booked } (dont { $reserved } en réserve)
ui-goals-win = Pour gagner :
ui-goals-watch = À surveiller :
ui-project-done = terminé, en service
ui-sources-one = Source : { $first }
ui-sources-more = Sources : { $first } et { $more ->
    [one] une autre
   *[other] { $more } autres
}
ui-legend-calm = calme
ui-legend-strained = tendu !
ui-legend-critical = critique !! (hachuré)
ui-legend-unknown = inconnu ?
ui-map-fit = Recadrer la carte (Origine)
ui-reduce-motion = Réduire les animations
ui-odds = chances { $chance }
ui-odds-raised = Meilleures quand ces indicateurs montent : { $names }
ui-odds-lowered = Moindres quand ces indicateurs montent : { $names }
ui-odds-fixed = Chances fixes : rien ne les change
score-term = { $what } × { $weight }
score-flag = { $flag } : { $points } points
ui-goals = Objectifs
ui-goals-title = Comment la partie peut finir — { $side }
ui-goals-you-win = Vous gagnez si
ui-goals-you-lose = Vous perdez si
ui-goals-nobody = Tout le monde perd si
ui-goals-by-score = Sinon, à la fin : le meilleur score gagne
ui-goals-score-of = Score — { $side } :
ui-goals-go = C’est parti
ui-goals-close = Retour à la partie
ui-goals-drawn = Un tirage en décide : ses chances sont aujourd’hui de { $chance }.
ui-goals-hint = Les barres montrent à quel point chaque fin est proche ; le bandeau des objectifs, au-dessus de la carte, garde les plus proches en vue.
play-bounded = Le joueur de l’ordinateur s’est arrêté après { $n } ordres dans une même phase : le niveau le laisse agir sans fin. Sa phase s’arrête ici.
wait-requirement = une condition de son étape n’était pas remplie
ui-settings-set-aside = Votre fichier de réglages était illisible : il est conservé sous { $file }, et les réglages habituels s’appliquent.
ui-icons-fallback = Des icônes n’ont pas pu être lues ; le jeu dessine à leur place la copie qu’il contient : { $details }
ui-settings-not-saved = Réglages non enregistrés dans { $file } : { $reason }
ui-dismiss = OK
ui-side-builder = Bâtisseurs
ui-side-collective = Collectif
ui-levels-loading = Chargement des niveaux… { $arrived } sur { $expected }
ui-session = Jouer :
ui-session-whole = toute la partie
ui-session-minutes = un atelier de { $minutes } minutes
ui-resume-interrupted = Reprendre la partie interrompue : { $level }, tour { $turn }
ui-no-levels = Aucun niveau trouvé dans { $dir }. Lancez le jeu depuis le dossier qui contient `levels/`, ou placez-y des fichiers de niveau (.ron).
ui-choose-a-level = Choisissez un niveau qui se charge pour commencer.
ui-guide-title = Guide, { $n } sur { $of }
ui-guide-next = Suivant
ui-guide-waiting = Faites-le pour continuer…
ui-guide-not-yet = Pas encore possible ; il faut : { $what }. Finissez votre tour en attendant.
ui-guide-skip = Passer
ui-guide-close = Fermer le guide
ui-indicator-rise-helps = Une hausse compte pour : { $sides }
ui-indicator-fall-helps = Une baisse compte pour : { $sides }
ui-indicator-no-score = Il ne compte dans aucun score : les règles et les fins le lisent.
ui-click-for-sources = Cliquer pour les sources.
eff-indicator = { $name } { $delta }
eff-resource = { $name } ({ $side }) { $delta }
eff-income = revenu en { $name } ({ $side }) { $delta } par tour
eff-demand = demande en { $kind }, { $user } : { $delta } ({ $place })
eff-capacity = capacité en { $kind } : { $delta } ({ $place })
eff-reserve = réservation en { $kind } : { $delta } ({ $place })
eff-mark = enregistre un choix sur le projet
eff-set-flag = instaure : { $flag }
eff-clear-flag = lève : { $flag }
eff-reveal = révèle les chiffres — { $kind } ({ $place })
eff-reveal-kind = révèle tous les chiffres cachés — { $kind }
eff-reveal-secrets = révèle les coups secrets : { $side }
eff-delay = retarde le projet { $turns ->
    [one] d’un tour
   *[other] de { $turns } tours
}
eff-block = bloque le projet { $turns ->
    [one] un tour
   *[other] { $turns } tours
}
eff-cancel = annule le projet
eff-delay-tagged = retarde les projets comme « { $tag } » { $turns ->
    [one] d’un tour
   *[other] de { $turns } tours
}
eff-chance = si le tirage réussit : { $then }
eff-chance-else = si le tirage réussit : { $then } ; sinon : { $otherwise }
eff-if = si { $condition } : { $effects }
eff-if-brief = { $effects }, sous condition
eff-if-unknown = peut-être { $effects } (cela dépend de chiffres que vous ne connaissez pas)
ui-target-here = Ici : { $effects }
ui-target-nothing = Ici, rien d’autre que son coût : aucune de ses conditions n’est remplie.
ui-effects = Ce que cela fait :
ui-resource-hint = { $name } : { $value }, et { $income } de plus à chaque tour. Les actions le dépensent : chaque carte dit ce qu’elle coûte.
ui-pressure-hint = { $kind } — { $place } : la demande atteint { $value } de ce qui peut être fourni ; c’est le lieu le plus sous pression que vous voyez. Tendu à partir de { $strained }, critique à partir de { $critical } : alors commencent les pénuries. Cliquer pour montrer le lieu.
ui-secret = secret
ui-secret-hint = L’autre camp ne voit ni ce coup ni ce qui en découle, jusqu’à ce qu’une enquête le révèle.
ui-watching = Tour { $turn } — à jouer ensuite : { $side } (ordinateur)
ui-replaying = Tour { $turn } — ensuite dans la partie enregistrée : { $side }
ui-thinking = { $side } (ordinateur) : en pleine réflexion…

plan-title = { $level } : un atelier de { $minutes } minutes
plan-briefing = Présentation, { $minutes } min : les équipes, comment chaque camp gagne, les premières cartes.
plan-play = Jeu, { $minutes } min : tours { $first } à { $last } ({ $from } à { $to }), { $turns } tours ; la phase de chaque camp { $phase }, puis { $report } s pour le bilan et le passage de clavier.
plan-debrief = Débriefing, { $minutes } min : comment on l’a vécu ; ce qui s’est passé et pourquoi ; ce qui était caché et quand c’est sorti ; ce qui s’est vraiment passé ; ce qu’on peut faire ici.
plan-end = Fin.
plan-levels-own = La session prévue par le niveau pour cette durée : son ouverture se joue chaque fois de la même façon.
plan-worked-out = Calculé d’après le calendrier du niveau (il ne prévoit pas de session de cette durée) : on joue depuis le premier tour.
ending-not-by-score = Les scores ne départagent qu’une partie qui va jusqu’à son dernier tour : celle-ci, c’est « { $ending } » qui l’a tranchée ({ $winner }), quels que soient les scores.
console-title = Nuage — animation
console-no-game = Aucune partie en cours.
console-over = La partie est finie : le débriefing est au projecteur.
console-no-clock = Pas de minuteur (à régler dans les paramètres, ou jouez une séance)
console-clock-stop = Arrêter le minuteur
console-clock-start = Relancer le minuteur
console-more-time = Une minute de plus
console-end-phase = Finir cette phase maintenant
console-at-zero-ends = À zéro, finir la phase
console-take-back = Revenir au début du tour { $turn }
console-take-back-none = Rien à reprendre
console-end-after = Finir après ce tour
console-end-after-hint = Pour une séance en retard : quand ce tour se résout, la partie s’arrête et le score départage (sauf si une autre fin arrive d’abord).
console-card-choose = Choisir une carte…
console-call = La jouer au tour suivant
console-called = Appelée pour le tour suivant : { $cards }
console-tab-facilitator = Animation : tout voir
console-tab-keyboard = Au clavier : { $side }
console-secret-kept = Secret, toujours gardé : { $project }
console-secret-out = Secret, désormais connu : { $project }
console-no-secret = Aucun projet secret.
console-hidden-figures = Ce que le public ne sait pas
console-hidden-figure = { $kind } (lieu : { $place }) : en vrai { $real } (le public croit { $believed })
console-none-hidden = Rien.
console-notes = Notes pour le débriefing
console-keep-note = Garder la note
public-phase = À jouer : { $side }
public-phase-computer = À jouer : { $side } (ordinateur)
public-clock-stopped = { $time } (à l’arrêt)
public-last-turn = Ce qui a changé au dernier tour
public-first-turn = Les premières nouvelles
ui-facilitated = Avec une animation : console dans une seconde fenêtre, la vue du public au projecteur
ui-facilitated-hint = Deux fenêtres s’ouvrent. La principale, pour le projecteur, ne montre que ce que le public peut savoir. La console, pour l’écran de l’ordinateur, tient le minuteur, les commandes de l’animation, les secrets de chaque camp et le clavier du camp dont c’est la phase.
console-refused-take-back = Aucun début de tour plus ancien n’est gardé (les quatre derniers le sont).
console-refused-over = La partie est finie.
console-refused-card = Le niveau n’a pas cette carte.
console-refused-too-many = Le tour suivant a déjà autant de cartes appelées que possible (16).
console-refused-last = Ce tour est déjà le dernier.
console-refused-note = La note n’a pas été gardée : elle est vide, dépasse 4 000 caractères, ou il y en a trop.
public-turn = Tour { $turn }/{ $turns } · { $date }
kit-title = { $level } : kit d’atelier
kit-debrief-guide = Le débriefing, pas à pas
kit-debrief-1 = Comment l’avez-vous vécu ? Chaque équipe en un mot, puis une phrase.
kit-debrief-2 = Que s’est-il passé, et pourquoi ? Suivez les courbes et la chronologie au projecteur.
kit-debrief-3 = Qu’est-ce qui était caché, et quand est-ce sorti ? Le débriefing liste chaque coup secret et chaque chiffre caché.
kit-debrief-4 = Que s’est-il passé en vrai ? Lisez les sources des cartes qui ont compté (la liste en fin de kit).
kit-debrief-5 = Que pouvons-nous faire ici ? Les infrastructures de la salle, sa ville, ses questions.
kit-running-late = En cas de retard
kit-late-1 = Une minute de plus : la console donne une minute de plus à la phase, une fois ou plus.
kit-late-2 = Finir cette phase maintenant : la console termine la phase du camp au clavier.
kit-late-3 = Finir après ce tour : la partie s’arrête quand ce tour se résout, et le score départage ; le débriefing garde son temps.
kit-late-4 = Un tour joué par erreur : reprenez-le depuis la console ; les mêmes ordres redonnent la même partie.
kit-roles = Cartes de rôle
kit-you-win = Vous gagnez si
kit-you-lose = Vous perdez si
kit-score = Sinon, à la fin, votre score compte
kit-you-have = Vous commencez avec
kit-resource = { $name } : { $initial }, et { $income } de plus à chaque tour
kit-action-points = { $n } points d’action par tour
kit-first-moves = Premiers coups à votre portée
kit-actions-of = Cartes d’action : { $side }
kit-secret = secret : l’autre camp ne le voit pas avant qu’il ne sorte
kit-max-uses = { $n ->
    [one] une fois au plus
   *[other] au plus { $n } fois
}
kit-requires = Il faut
kit-does = Ce que ça fait
kit-step-turns = { $turns ->
    [one] { $turns } tour
   *[other] { $turns } tours
}
kit-glossary = Glossaire
kit-pressure = La demande rapportée à ce qui est disponible : tendue dès { $strained }, critique dès { $critical }.
kit-resource-of = Ce que dépense ce camp pour agir : { $side }.
ui-team-heading = { $team } : { $points ->
    [one] 1 point d’action restant
   *[other] { $points } points d’action restants
}
ui-teams = Jouer en équipes : chaque équipe donne les ordres de ses propres actions, avec sa part des points d’action
objective-met = { $team } : « { $objective } », atteint ({ $condition })
objective-not-met = { $team } : « { $objective } », pas atteint ({ $condition })
ui-objectives = Les objectifs propres aux équipes
ui-team-by-team = Chaque équipe à son tour, seule au clavier
ui-seat-as-side = comme son camp
ui-team-objective = L’objectif propre à votre équipe, que les autres équipes ne connaissent pas : { $objective } ({ $when }).
kit-team-actions = Vos actions ({ $n ->
    [one] 1 point d’action
   *[other] { $n } points d’action
} par tour, votre part de ceux de votre camp)
kit-objective = Votre objectif à vous (les autres équipes ne le connaissent pas)
export-date = date
public-discuss = À discuter
kit-prompts = Questions pour la salle, tour par tour
kit-prompt-turns = Après les tours { $from } à { $to }
kit-prompt-event = Après « { $card } »
debrief-everything = Tout
debrief-step-feel = Comment l’avez-vous vécu ?
debrief-step-happened = Ce qui s’est passé, et pourquoi
debrief-step-hidden = Ce qui était caché
debrief-step-real = Ce qui s’est passé en vrai
debrief-step-here = Que pouvons-nous faire ici ?
debrief-next = Étape suivante
debrief-real-lead = Ce qui s’est passé en vrai : les événements que le niveau tire de l’histoire, avec leurs sources.
ui-autosave-skipped = Une sauvegarde automatique plus récente n’a pas pu être lue ({ $files } : abîmée, ou d’un niveau modifié depuis) : la partie est proposée telle qu’elle était avant.
