#include "lib/assignment/team_choice.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {
namespace {

std::vector<std::string> sorted_distinct(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The raw digest orders exactly as its lowercase hex text does, and costs no conversion; the
// hex ticket is made only for the members chosen.
struct Ranked {
  const Candidate* candidate = nullptr;
  Digest ticket{};
};

}  // namespace

bool is_credentialed_on(const Inspector& inspector, Date on) {
  if (inspector.status != "在岗" || !inspector.qualified) return false;
  const auto expires = Date::parse(inspector.cert_expires);
  return expires && *expires >= on;
}

bool is_eligible(const Inspector& inspector, const std::string& object_code, Date on) {
  return is_credentialed_on(inspector, on) && !contains(inspector.recusals, object_code);
}

std::string assign_label(int year, std::string_view task_id) { return fmt::format("{}/assign/{}", year, task_id); }

std::string assign_ticket(std::string_view seed, int year, std::string_view task_id, std::string_view badge) {
  if (seed.find('\0') != std::string_view::npos) throw InputError("the seed contains a NUL byte");
  Sha256 h;
  const std::string_view nul("\0", 1);
  h.update(seed).update(nul).update(assign_label(year, task_id)).update(nul).update(badge);
  return h.finish_hex();
}

TeamChoice choose_team(std::string_view seed, const TaskInputs& in) {
  if (in.team_size < 2) throw InputError(fmt::format("team size {}: a team needs at least 2", in.team_size));
  TeamChoice out;
  if (in.eligible.size() < 2) {
    out.failure = fmt::format(
        "only {} eligible inspector{} (在岗, credential valid on the date, not recused); "
        "a team needs 2",
        in.eligible.size(), in.eligible.size() == 1 ? "" : "s");
    return out;
  }

  // Ascending ticket; equal tickets (practically impossible) by badge. Each ticket is
  // assign_ticket(seed, year, task, badge), its input built here once per task.
  if (seed.find('\0') != std::string_view::npos) throw InputError("the seed contains a NUL byte");
  const std::string label = assign_label(in.year, in.task_id);
  const std::string_view nul("\0", 1);
  std::vector<Ranked> ranked;
  ranked.reserve(in.eligible.size());
  for (const auto& c : in.eligible) {
    Sha256 h;
    h.update(seed).update(nul).update(label).update(nul).update(c.badge);
    ranked.push_back({&c, h.finish()});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.ticket != b.ticket ? a.ticket < b.ticket : a.candidate->badge < b.candidate->badge;
  });

  std::set<std::string> in_team;
  std::vector<const Candidate*> team;
  // Fills one slot: the first ranked candidate not yet in the team that fits, trying in turn
  // (1) rotation and balance kept, (2) rotation relaxed, (3) balance relaxed, (4) both relaxed.
  auto pick = [&](const std::function<bool(const Candidate&)>& fits, const std::string& slot) {
    for (int tier = 0; tier < 4; ++tier) {
      for (const auto& r : ranked) {
        const Candidate& c = *r.candidate;
        if (in_team.count(c.badge) != 0 || !fits(c)) continue;
        const bool rotation_ok = !contains(in.rotation_excluded, c.badge);
        const bool balance_ok = c.load < in.balance_cap;
        const bool allowed = tier == 0   ? rotation_ok && balance_ok
                             : tier == 1 ? balance_ok
                             : tier == 2 ? rotation_ok
                                         : true;
        if (!allowed) continue;
        if (!rotation_ok) {
          out.warnings.push_back(
              fmt::format("rotation relaxed for {}: {} was on the team of {}", slot, c.badge, in.previous_task));
        }
        if (!balance_ok) {
          out.warnings.push_back(fmt::format("balance relaxed for {}: {} gets {} tasks in this run (cap {})", slot,
                                             c.badge, c.load + 1, in.balance_cap));
        }
        in_team.insert(c.badge);
        team.push_back(&c);
        out.members.push_back({c.badge, to_hex(r.ticket), static_cast<int>(out.members.size()) + 1, slot});
        return true;
      }
    }
    return false;
  };
  auto team_has = [&](const std::function<bool(const Candidate&)>& fits) {
    return std::any_of(team.begin(), team.end(), [&](const Candidate* c) { return fits(*c); });
  };

  if (in.departments.size() >= 2) {
    for (const auto& d : in.departments) {
      auto of_department = [&d](const Candidate& c) { return c.unit == d; };
      if (team_has(of_department)) continue;
      if (!pick(of_department, "department " + d)) {
        out.warnings.push_back(fmt::format("joint task without {}: no eligible inspector of that department", d));
      }
    }
  }
  for (const auto& s : in.skills) {
    auto has_skill = [&s](const Candidate& c) { return contains(c.skills, s); };
    if (team_has(has_skill)) continue;
    if (!pick(has_skill, "skill " + s)) {
      out.warnings.push_back(fmt::format("skill {} not covered: no eligible inspector has it", s));
    }
  }
  while (static_cast<int>(out.members.size()) < in.team_size) {
    if (!pick([](const Candidate&) { return true; }, "seat")) break;
  }
  const int n = static_cast<int>(out.members.size());
  if (n < in.team_size) {
    out.warnings.push_back(fmt::format("team of {}, below the team size {}: only {} inspectors eligible", n,
                                       in.team_size, in.eligible.size()));
  } else if (n > in.team_size) {
    out.warnings.push_back(
        fmt::format("team of {}, above the team size {}, to cover departments and skills", n, in.team_size));
  }
  return out;
}

std::vector<Candidate> credentialed_roster(const std::vector<Inspector>& staff, Date on) {
  std::vector<Candidate> roster;
  for (const auto& s : staff) {
    if (is_credentialed_on(s, on)) roster.push_back({s.badge, s.unit, sorted_distinct(s.skills), 0});
  }
  std::sort(roster.begin(), roster.end(), [](const Candidate& a, const Candidate& b) { return a.badge < b.badge; });
  return roster;
}

std::vector<Candidate> eligible_from_roster(const std::vector<Candidate>& roster,
                                            const std::vector<std::string>& recused,
                                            const std::map<std::string, int>& load) {
  std::vector<Candidate> eligible;
  eligible.reserve(roster.size());
  for (const auto& c : roster) {
    if (std::binary_search(recused.begin(), recused.end(), c.badge)) continue;
    eligible.push_back(c);
    const auto it = load.find(c.badge);
    eligible.back().load = it == load.end() ? 0 : it->second;
  }
  return eligible;
}

void assign_teams(std::string_view seed, const AssignRules& rules, const std::vector<Inspector>& staff,
                  std::vector<TaskNeeds> tasks, const std::vector<PriorTeam>& history, const OutcomeSink& sink) {
  if (rules.team_size < 2) throw InputError(fmt::format("team size {}: a team needs at least 2", rules.team_size));
  if (seed.find('\0') != std::string_view::npos) throw InputError("the seed contains a NUL byte");
  std::sort(tasks.begin(), tasks.end(), [](const TaskNeeds& a, const TaskNeeds& b) { return a.task_id < b.task_id; });

  const std::vector<Candidate> roster = credentialed_roster(staff, rules.on);
  // Recusals of the roster by object code, each list sorted: a task looks up its object once.
  std::map<std::string, std::vector<std::string>> recused_from;
  for (const auto& s : staff) {
    if (!is_credentialed_on(s, rules.on)) continue;
    for (const auto& code : s.recusals) recused_from[code].push_back(s.badge);
  }
  for (auto& [code, badges] : recused_from) badges = sorted_distinct(std::move(badges));

  const std::size_t seats = static_cast<std::size_t>(rules.team_size) * tasks.size();
  const int cap = roster.empty() ? 0 : static_cast<int>((seats + roster.size() - 1) / roster.size()) + 1;

  // object code -> (task id -> team), the stored teams and those of this run so far.
  std::map<std::string, std::map<std::string, std::vector<std::string>>> teams_by_object;
  for (const auto& h : history) teams_by_object[h.object_code][h.task_id] = h.badges;
  std::map<std::string, int> load;

  for (const auto& task : tasks) {
    TaskInputs in;
    in.year = rules.year;
    in.task_id = task.task_id;
    in.object_code = task.object_code;
    in.team_size = rules.team_size;
    in.balance_cap = cap;
    in.departments = sorted_distinct(task.departments);
    in.skills = sorted_distinct(task.skills);
    if (const auto r = recused_from.find(task.object_code); r != recused_from.end()) in.recused = r->second;
    in.eligible = eligible_from_roster(roster, in.recused, load);
    if (rules.rotation) {
      const auto& earlier = teams_by_object[task.object_code];
      auto it = earlier.lower_bound(task.task_id);  // first id >= this one
      if (it != earlier.begin()) {
        --it;
        in.previous_task = it->first;
        in.rotation_excluded = sorted_distinct(it->second);
      }
    }
    TaskOutcome outcome{std::move(in), {}};
    outcome.choice = choose_team(seed, outcome.inputs);
    if (!outcome.choice.failure) {
      std::vector<std::string> badges;
      for (const auto& m : outcome.choice.members) {
        ++load[m.badge];
        badges.push_back(m.badge);
      }
      teams_by_object[task.object_code][task.task_id] = std::move(badges);
    }
    sink(std::move(outcome));
  }
}

std::vector<TaskOutcome> assign_teams(std::string_view seed, const AssignRules& rules,
                                      const std::vector<Inspector>& staff, std::vector<TaskNeeds> tasks,
                                      const std::vector<PriorTeam>& history) {
  std::vector<TaskOutcome> out;
  out.reserve(tasks.size());
  assign_teams(seed, rules, staff, std::move(tasks), history, [&](TaskOutcome&& o) { out.push_back(std::move(o)); });
  return out;
}

}  // namespace sjsj
