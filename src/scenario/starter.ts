// The scenario `orgflow init` writes: small enough to read in a minute, commented so that
// it teaches the format, valid in both modes, stable (no unit above utilisation 1) and with
// the same six people in each organisation so that the comparison is fair.

const STARTER = `# orgflow scenario: the same customer concerns through a silo organisation ("Ampel")
# and a cross-functional team organisation ("Kreisverkehr").
# Durations: a number means minutes, or write "45s", "15m", "2h", "3d", "1w".
# Rates: a number per minute, or "12/h", "90/d".
name: "Starter: address change and benefit question"
description: Two kinds of concern, two departments, one team of the same six people.

time:
  horizon: 10d          # simulated length
  warmup: 1d            # concerns arriving before this are not counted

run:
  seed: 42              # same seed, same results, on the CLI and in the browser
  replications: 10

# calendar:             # optional working hours; without them everyone works around the clock
#   hours: "mon-fri 08:00-17:00"   # the clock starts on a Monday 00:00; several: [..., ...]
# absence: { share: 0.08, duration: { dist: exponential, mean: 3d } }   # optional: people away 8 % of the time

arrivals:
  rate: 6/h             # Poisson arrivals (or interarrival: <distribution>)
  # profile:            # or instead of rate, a weekly rate (0 where not listed):
  #   - { when: "mon-fri 08:00-10:00", rate: 12/h }
  #   - { when: "mon-fri 10:00-17:00", rate: 6/h }

concerns:               # concern types; shares are normalised to sum to 1
  - id: move
    label: Address change
    share: 0.6
    tasks:
      - { id: update-address, skill: master-data, work: { dist: lognormal, mean: 12, sd: 5 } }
  - id: move-and-question
    label: Move + benefit question
    share: 0.4
    tasks:
      - { id: update-address, skill: master-data, work: { dist: lognormal, mean: 12, sd: 5 } }
      - id: answer
        skill: benefits
        work: { dist: triangular, min: 10, mode: 20, max: 45 }
        after: [update-address]   # the answer must go to the new address

failureDemand:          # a wrong reply makes the customer come back as a new concern
  probability: 0.5
  delay: { dist: exponential, mean: 2d }

organisations:
  silo:                 # "Ampel": one department per speciality, handoffs in between
    # intake: { staff: 1, work: { dist: exponential, mean: 3 }, misroute: 0.05 }  # optional triage
    departments:
      - { id: master-data, label: Master data, skills: [master-data], staff: 3 }
      - { id: benefits, label: Benefits, skills: [benefits], staff: 3, policy: fifo }  # or shortest-first
    split: parallel     # parallel: all parts at once | sequential: department to department
    handoff:
      delay: { dist: exponential, mean: 30m }   # inbox, ticket routing, internal mail
      pickup: 1h        # handed-off work is released only every hour ("traffic light")
      infoLoss: 0.05    # chance that context is lost on a handoff
      rework: { dist: exponential, mean: 10 }   # extra work to recover lost context

  team:                 # "Kreisverkehr": one team owns each concern end to end
    teams:
      - id: team-a
        label: Team A
        members:        # proficiency 0..1: a person with p needs base work / p
          - { count: 3, skills: { master-data: 1.0, benefits: 0.6 } }
          - { count: 3, skills: { benefits: 1.0, master-data: 0.6 } }
    wipLimit: 8         # optional: concerns the team holds at once
    coordination: 0.05  # share of everyone's time spent coordinating
    handoff: { delay: 5, infoLoss: 0.01, rework: 10 }   # when a colleague takes over inside the team
`;

/** A commented starter scenario in YAML. */
export function starterScenario(): string {
  return STARTER;
}
