# Nuage: English messages. Keys are stable ids; never key a message by its English text.

## Physical quantities and their levels
stock-land = land
stock-water = water
stock-power = electricity
stock-heat = heat
stock-extraction = extraction
level-calm = calm
level-strained = strained
level-critical = critical
winner-nobody = nobody

## Why an order is refused
refusal-game-over = The game is over.
refusal-not-your-turn = It is not the turn of the { $side } now.
refusal-unknown-action = This action does not exist in this scenario.
refusal-wrong-side = Only the { $side } can take this action.
refusal-no-action-points = Not enough action points: this needs { $need }, you have { $have } left this turn.
refusal-not-this-teams-turn = This is the card of { $team }: now it is { $now }'s turn at the keyboard.
refusal-team-action-points = { $team } have spent their share: this needs { $need } action points, they have { $have } left this turn.
refusal-cannot-afford = Not enough { $resource }: this costs { $need }, you have { $have }.
refusal-requirement = Not possible yet: it needs { $condition }.
refusal-flag-in-force = Not possible with { $flag }.
refusal-used-up = Already done the most times allowed ({ $max }).
refusal-record-full = No more orders: this game has recorded all a save can hold, and ends by score at the end of this turn.
refusal-too-many-projects = No project can be started any more: the game already holds { $max }, the most a game may.
refusal-needs-target = Choose a target first.
refusal-no-target-expected = This action takes no target.
refusal-unknown-target = That target does not exist.
refusal-wrong-map = That place is on the other map.
refusal-wrong-kind-of-place = This action cannot be taken at that kind of place.
refusal-project-not-under-way = That project is no longer under way.
refusal-not-contestable = The current step of that project cannot be contested this way (“{ $contest }”).

## Conditions
cond-always = nothing
cond-at-least = { $what } at least { $value } (now { $now })
cond-below = { $what } below { $value } (now { $now })
cond-now-estimate = about { $value }, an estimate
cond-pressure-of = { $kind } pressure at { $place }
cond-max-pressure-of = the highest { $kind } pressure
cond-demand-of = { $kind } demand of { $user }
cond-flag = { $flag }
cond-completed = completed projects like “{ $tag }”
cond-under-way = projects like “{ $tag }” under way
cond-season = the season to be { $season }
cond-turn = the turn
cond-target = the target
cond-target-tagged = a place of kind “{ $tag }”
cond-and = and
cond-or = or
cond-not = not ({ $condition })
cond-not-flag = without { $flag }

## Quantities and causes
quantity-income = income of { $resource }
quantity-demand = { $kind } demand of { $user } at { $place }
quantity-capacity = { $kind } capacity at { $place }
cause-pressure = { $kind } pressure at { $place }
cause-income = income of the { $side }
cause-drift = things settling back
cause-unknown = for reasons you do not know
log-came-to-nothing = { $order }: it came to nothing.

## Event log
log-turn-started = Turn { $turn }: { $month }/{ $year }, { $season }
log-phase-ended = The { $side } have finished their orders.
log-called = Card played by the facilitator: { $card }
log-called-for-next = The facilitator calls a card for the next turn: { $card }.
log-took-back = The facilitator took the game back to the start of turn { $turn }.
log-ends-after-this-turn = The facilitator ends the game after this turn: the score will decide.
log-team-done = { $team } have given their orders and hand the keyboard on.
log-record-full = This game has recorded all a save can hold: the score will decide at the end of this turn.
log-changed = { $quantity } { $delta } ({ $cause })
log-flag-on = Now true: { $flag } ({ $cause })
log-flag-off = No longer true: { $flag } ({ $cause })
log-revealed = Revealed: the real { $kind } figures at { $place } ({ $cause })
log-secrets-revealed = The hidden moves of the { $side } come to light ({ $cause })
log-draw-success = Succeeded, at { $chance }% odds ({ $cause })
log-draw-failure = Failed, at { $chance }% odds ({ $cause })
log-project-started = Project started: { $project }
log-project-waiting = { $project } is waiting: { $reason }
log-project-delayed = { $project } delayed by { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} ({ $cause })
log-project-blocked = { $project } blocked for { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} ({ $cause })
log-project-cancelled = { $project } cancelled ({ $cause })
log-milestone = { $project }: { $milestone } done
log-project-completed = { $project } is complete
log-level-changed = { $kind } at { $place } is now { $level } ({ $pressure }% of capacity)
log-warning = Warning, { $ending } is near: { $text }
log-ended = Ending: { $ending }. Winner: { $winner }.
wait-blocked = blocked for { $turns ->
    [one] { $turns } more turn
   *[other] { $turns } more turns
}

## Command line
cli-turn = turn
cli-date = date
cli-end = end
cli-ending = Ending
cli-winner = Winner
cli-reason = Why
cli-scores = Scores
cli-score-line = { $builder } { $bscore }, { $collective } { $cscore }
cli-no-window = No display here, so the game's window cannot open (set DISPLAY or WAYLAND_DISPLAY). The same game plays in the terminal: nuage play (or cargo run --release -- play). See nuage --help.

## Playing in the terminal
play-hand-over = Hand the keyboard to the { $side }, then press Enter.
play-hand-over-team = Next at the keyboard: { $team } ({ $side }). Hand it over, then press Enter.
play-since-last-time = Since your last turn
play-resources = Resources
play-action-points = action points
play-hidden = hidden (investigate to know)
play-project = project
play-turns-left = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} left on this step
play-no-target = no possible target now
play-prompt = Type an action's number, e to end your turn, s to save, q to quit.
play-target-prompt = Type the target's number (anything else cancels).
play-what = Type a number from the list, e, s or q.
play-saved = Game saved to { $file }.
play-save-failed = The game could not be saved: { $reason }. Nothing was lost; try another file with --save-to.
play-load-failed = Cannot resume { $file }: { $reason }.
play-seed = Seed of this game: { $seed } (replay it with --seed { $seed }).
play-help = Each turn, the builders give their orders, then the collective; then the turn resolves.
play-questions = To discuss:

## Computer players
log-reasoned = Computer player: { $order }, weighing { $factors }
factor-progress = progress of the { $side }' projects
factor-ending = the chance of “{ $ending }”
factor-warning = signs of “{ $ending }”
factor-score = { $what } (in the score of the { $side })

## The desktop game
ui-tagline = The cloud was under our feet: data centres, water, power and land in the port of Marseille.
ui-new-game = New game
ui-language = Language:
ui-projector = Projector mode (large text, high contrast)
ui-scale = Text size:
ui-quit = Quit
ui-choose-scenario = Choose a scenario
ui-turns = { $turns } turns
ui-who-plays = Who plays each side
ui-seat-human = people at this computer
ui-seat-easy = computer, easy
ui-seat-medium = computer, medium
ui-seat-hard = computer, hard
ui-back = Back
ui-start = Start
ui-ready = We are ready
ui-end-turn = End our turn
ui-map-port = The port
ui-map-world = The world
ui-do-it = Do it
ui-more-targets = { $n } other choices
ui-more-places = { $n } other places
ui-or-click-map = or click a place on the map
ui-log = What happened
ui-timeline = Timeline
ui-revealed = What was hidden during play
ui-revealed-nothing = Nothing was kept secret in this game.
ui-revealed-in-turn = came out in turn { $turn }
ui-revealed-never = never came out during play
ui-back-to-title = Back to the title
ui-phase-timer = Time for each phase (workshops):
ui-timer-off = none
ui-timer-minutes = { $n } min
ui-time-left = Time left { $time }
ui-time-up = Time's up
ui-export-debrief = Export the debrief
ui-exported = Debrief saved in { $path }, with its figures turn by turn beside it (.csv, for a spreadsheet)
ui-export-failed = The debrief could not be saved: { $error }
export-debrief = debrief
export-played = { $turns ->
    [one] One turn played.
   *[other] { $turns } turns played.
}
export-pressures = Pressures over the game (highest of each kind, % of capacity)
export-indicators = Indicators over the game
export-kind = Kind
export-indicator = Indicator
export-start = Start
export-highest = Highest
export-lowest = Lowest
export-end = End
export-in-turn = end of turn { $turn }
export-at-start = at the start
export-questions = Questions to discuss
export-sources = Sources
export-timings = Time taken by each phase (minutes:seconds, pauses left out)
export-timed-total = Time played, all timed phases together: { $time }.
export-caution = to be checked: single source, company claim or unverified
ui-chart-pressures = Highest pressure of each kind (% of capacity), turn by turn
ui-chart-indicators = Indicators, turn by turn
ui-chart-resources = Resources ({ $side }), turn by turn
ui-paused = Paused
ui-resume = Resume
ui-slot-name = Save as:
ui-save = Save
ui-saved-games = Saved games
ui-default-slot = my game
ui-no-saves = No saved game yet.
ui-reading-saves = Reading the saved games…
ui-load = Load
ui-slot-turn = turn { $turn }
ui-slot-unusable = { $name }: cannot be used ({ $reason })
ui-slot-name-needed = Give the save a name first.
ui-quit-to-title = Quit to the title
ui-menu = Menu (Esc)
ui-search = Search:
ui-caution = Single source, company claim or unverified: handle with care.
ui-encyclopedia = Sources
ui-report-title = What changed in turn { $turn }
ui-report-close = Understood
ui-report-pressure = Pressure: { $kind }
ui-report-indicators = Public opinion and standing
ui-report-news = News, projects and warnings
ui-report-quiet = A quiet half-year: nothing you can see changed.
ui-served = served:
ui-pressures = Highest pressures:
ui-projects = Projects under way
ui-no-projects = No project under way that you know of.
ui-project-step = step { $n } of { $of }: { $step }, { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} to go
ui-project-blocked = blocked for { $turns ->
    [one] { $turns } more turn
   *[other] { $turns } more turns
}
ui-project-waits = waits for
ui-contested-by = can be contested by
ui-log-show-place = Click to show the place on the map
ui-open-source = Open this source in the encyclopedia
ui-drawn-by = drawn by
ui-indicator-sources = Sources: { $keys } (click to open)
ui-inset = Click to switch to this map
ui-route = from { $from } to { $to }
cond-known = { $kind } at { $place } known to the public
cond-booked-of = { $kind } booked at { $place }, drawn and reserved
cond-marked = the choice “{ $choice }” made for it
quantity-reserved = { $kind } capacity reserved at { $place }
log-project-marked = { $project }: { $cause }
stock-booked = booked { $booked } ({ $reserved } held in reserve)
ui-goals-win = To win:
ui-goals-watch = Watch:
ui-project-done = finished, in service
ui-sources-one = Source: { $first }
ui-sources-more = Sources: { $first } and { $more } more
ui-legend-calm = calm
ui-legend-strained = strained !
ui-legend-critical = critical !! (hatched)
ui-legend-unknown = unknown ?
ui-map-fit = Fit the map (Home)
ui-reduce-motion = Reduce motion
ui-odds = odds { $chance }
ui-odds-raised = Higher as these rise: { $names }
ui-odds-lowered = Lower as these rise: { $names }
ui-odds-fixed = Fixed odds: nothing changes them
score-term = { $what } × { $weight }
score-flag = { $flag }: { $points } points
ui-goals = Goals
ui-goals-title = How the game can end — { $side }
ui-goals-you-win = You win if
ui-goals-you-lose = You lose if
ui-goals-nobody = Everyone loses if
ui-goals-by-score = Otherwise, at the end: the higher score wins
ui-goals-score-of = Score — { $side }:
ui-goals-go = Let's go
ui-goals-close = Back to the game
ui-goals-drawn = A draw decides it: its odds now are { $chance }.
ui-goals-hint = The bars show how near each ending is now; the goals strip above the map keeps the nearest in view.
play-bounded = The computer player stopped after { $n } orders in one phase: the level lets it act without end. Its phase ends here.
wait-requirement = a requirement of its step was not met
ui-settings-set-aside = Your settings file could not be read: it was kept as { $file }, and the usual settings apply.
ui-icons-fallback = Some icons could not be read, and the game draws its own copy of them instead: { $details }
ui-settings-not-saved = Settings not saved to { $file }: { $reason }
ui-dismiss = OK
ui-side-builder = Builders
ui-side-collective = Collective
ui-levels-loading = Loading the levels… { $arrived } of { $expected }
ui-session = Play:
ui-session-whole = the whole game
ui-session-minutes = a { $minutes }-minute workshop
ui-resume-interrupted = Take up the interrupted game: { $level }, turn { $turn }
ui-no-levels = No level was found in { $dir }. Start the game from the folder that holds `levels/`, or put level files (.ron) there.
ui-choose-a-level = Choose a level that loads to start.
ui-guide-title = Guide, { $n } of { $of }
ui-guide-next = Next
ui-guide-waiting = Do it to go on…
ui-guide-not-yet = Not yet possible: it needs { $what }. End your turn meanwhile.
ui-guide-skip = Skip
ui-guide-close = Close the guide
ui-indicator-rise-helps = A rise counts for: { $sides }
ui-indicator-fall-helps = A fall counts for: { $sides }
ui-indicator-no-score = It counts in no score: the rules and the endings read it.
ui-click-for-sources = Click for the sources.
eff-indicator = { $name } { $delta }
eff-resource = { $name } ({ $side }) { $delta }
eff-income = income of { $name } ({ $side }) { $delta } a turn
eff-demand = { $kind } demand, { $user }: { $delta } ({ $place })
eff-capacity = { $kind } capacity: { $delta } ({ $place })
eff-reserve = { $kind } reserved: { $delta } ({ $place })
eff-mark = records a choice on the project
eff-set-flag = sets: { $flag }
eff-clear-flag = lifts: { $flag }
eff-reveal = reveals the { $kind } figures ({ $place })
eff-reveal-kind = reveals every hidden { $kind } figure
eff-reveal-secrets = reveals the secret moves: { $side }
eff-delay = delays the project by { $turns ->
    [one] one turn
   *[other] { $turns } turns
}
eff-block = blocks the project for { $turns ->
    [one] one turn
   *[other] { $turns } turns
}
eff-cancel = cancels the project
eff-delay-tagged = delays projects like “{ $tag }” by { $turns ->
    [one] one turn
   *[other] { $turns } turns
}
eff-chance = on a successful draw: { $then }
eff-chance-else = on a successful draw: { $then }; otherwise: { $otherwise }
eff-if = if { $condition }: { $effects }
eff-if-brief = { $effects }, on a condition
eff-if-unknown = perhaps { $effects } (it hangs on figures you do not know)
ui-target-here = Here: { $effects }
ui-target-nothing = Here it brings nothing but its cost: none of its conditions holds.
ui-effects = What it does:
ui-resource-hint = { $name }: { $value }, and { $income } more each turn. Actions spend it: each card says what it costs.
ui-pressure-hint = { $kind } at { $place }: demand is { $value } of what it can give, the most pressed place you can see. Strained from { $strained }, critical from { $critical }: then the shortages begin. Click to show the place.
ui-secret = secret
ui-secret-hint = The other side does not see this move, nor what follows from it, until an investigation brings it out.
ui-watching = Turn { $turn } — next to play: { $side } (computer)
ui-replaying = Turn { $turn } — next in the recorded game: { $side }
ui-thinking = { $side } (computer): thinking…

plan-title = { $level }: a { $minutes }-minute workshop
plan-briefing = Briefing, { $minutes } min: the teams, how each side wins, the first cards.
plan-play = Play, { $minutes } min: turns { $first } to { $last } ({ $from } to { $to }), { $turns } turns; each side's phase { $phase }, then { $report } s for the report and the hand-over.
plan-debrief = Debrief, { $minutes } min: how it felt; what happened and why; what was hidden and when it came out; what really happened; what we can do here.
plan-end = End.
plan-levels-own = The level's own session of this length: its opening is played the same way every time.
plan-worked-out = Worked out from the level's calendar (the level has no session of this length): played from the first turn.
ending-not-by-score = The scores decide only a game that reaches its last turn: { $ending } decided this one ({ $winner }), whatever the scores.
console-title = Nuage — facilitator
console-no-game = No game is on.
console-over = The game is over: the debrief is on the projector.
console-no-clock = No phase clock (set one in the settings or play a session)
console-clock-stop = Stop the clock
console-clock-start = Start the clock again
console-more-time = One more minute
console-end-phase = End this phase now
console-at-zero-ends = At zero, end the phase
console-take-back = Take back to the start of turn { $turn }
console-take-back-none = Nothing to take back
console-end-after = End after this turn
console-end-after-hint = For a session running late: when this turn resolves, the game ends and the score decides (unless another ending comes first).
console-card-choose = Choose a card…
console-call = Play it next turn
console-called = Called for the next turn: { $cards }
console-tab-facilitator = Facilitator: everything
console-tab-keyboard = At the keyboard: { $side }
console-secret-kept = Secret, still kept: { $project }
console-secret-out = Secret, now out: { $project }
console-no-secret = No secret project.
console-hidden-figures = Figures the public does not know
console-hidden-figure = { $kind } at { $place }: really { $real } (the public believes { $believed })
console-none-hidden = None.
console-notes = Notes for the debrief
console-keep-note = Keep the note
public-phase = Playing now: { $side }
public-phase-computer = Playing now: { $side } (computer)
public-clock-stopped = { $time } (stopped)
public-last-turn = What changed in the last turn
public-first-turn = The first news
ui-facilitated = A facilitator runs it: console in a second window, the public's view on the projector
ui-facilitated-hint = Two windows open. The main one, for the projector, shows only what the public may know. The console, for the laptop's screen, holds the clock, the facilitator's controls, every side's secrets, and the keyboard for the side whose phase it is.
console-refused-take-back = There is no earlier turn start to go back to (the last four are kept).
console-refused-over = The game is over.
console-refused-card = The level has no such card.
console-refused-too-many = As many cards are called for the next turn as may be (16).
console-refused-last = This turn is already the last.
console-refused-note = The note was not kept: it is empty, longer than 4,000 characters, or one too many.
public-turn = Turn { $turn }/{ $turns } · { $date }
kit-title = { $level }: workshop kit
kit-debrief-guide = The debrief, step by step
kit-debrief-1 = How did it feel? Each team in a word, then a sentence.
kit-debrief-2 = What happened, and why? Follow the charts and the timeline on the projector.
kit-debrief-3 = What was hidden, and when did it come out? The debrief lists every secret move and hidden figure.
kit-debrief-4 = What really happened? Read the sources behind the cards that mattered (the list at the end of this kit).
kit-debrief-5 = What can we do here? The room's own infrastructure, its own city, its own questions.
kit-running-late = Running late
kit-late-1 = One more minute: the console gives the phase a minute more, once or more.
kit-late-2 = End this phase now: the console ends the phase of the side at the keyboard.
kit-late-3 = End after this turn: the game ends when this turn resolves, and the score decides; the debrief keeps its time.
kit-late-4 = A turn played by mistake: take it back from the console; the same orders then give the same game.
kit-roles = Role cards
kit-you-win = You win if
kit-you-lose = You lose if
kit-score = Otherwise, at the end, your score counts
kit-you-have = You start with
kit-resource = { $name }: { $initial }, and { $income } more each turn
kit-action-points = { $n } action points a turn
kit-first-moves = First moves you can afford
kit-actions-of = Action cards: { $side }
kit-secret = secret: the other side does not see it until it comes out
kit-max-uses = { $n ->
    [one] once at most
   *[other] at most { $n } times
}
kit-requires = Needs
kit-does = What it does
kit-step-turns = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
}
kit-glossary = Glossary
kit-pressure = Demand over what is available: strained from { $strained }, critical from { $critical }.
kit-resource-of = What the { $side } spend on their actions.
ui-team-heading = { $team }: { $points ->
    [one] 1 action point left
   *[other] { $points } action points left
}
ui-teams = Play in teams: each team gives the orders of its own actions, from its share of the action points
objective-met = { $team }: “{ $objective }”, met ({ $condition })
objective-not-met = { $team }: “{ $objective }”, not met ({ $condition })
ui-objectives = The teams' own objectives
ui-team-by-team = Each team in its turn, with the keyboard to itself
ui-seat-as-side = as its side
ui-team-objective = Your team's own objective, which the other teams do not know: { $objective } ({ $when }).
kit-team-actions = Your actions ({ $n ->
    [one] 1 action point
   *[other] { $n } action points
} a turn, your share of your side's)
kit-objective = Your own objective (the other teams do not know it)
export-date = date
public-discuss = To discuss
kit-prompts = Prompts for the room, turn by turn
kit-prompt-turns = After turns { $from } to { $to }
kit-prompt-event = After “{ $card }”
debrief-everything = Everything
debrief-step-feel = How did it feel?
debrief-step-happened = What happened, and why
debrief-step-hidden = What was hidden
debrief-step-real = What really happened
debrief-step-here = What can we do here?
debrief-next = Next step
debrief-real-lead = What really happened: the events the level takes from history, with their sources.
ui-autosave-skipped = A later autosave could not be read ({ $files }: damaged, or of a level changed since): the game is offered as it stood before it.
