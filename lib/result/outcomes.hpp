#pragma once
// The outcome vocabulary of inspection results (schemas/outcomes.yaml, embedded): each outcome's
// stable key, stored in results.outcome, and the official wording printed in every disclosure.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sjsj {

struct Outcome {
  std::string key;      // e.g. no_issue
  std::string wording;  // e.g. 未发现问题
};

// Every outcome, in the order of schemas/outcomes.yaml. Throws Error(internal) if the embedded
// file is missing or malformed (a build defect; the unit tests load it).
const std::vector<Outcome>& outcome_vocabulary();

// The key of the outcome given by its key (ASCII case ignored) or its official wording (blanks
// around it ignored); nullopt when it is neither.
std::optional<std::string> parse_outcome(std::string_view text);

// The official wording of a stored key. Throws Error(internal) for a key not in the vocabulary:
// a stored result never has one, so publishing must stop rather than print a raw key.
std::string outcome_wording(std::string_view key);

// "no_issue (未发现问题), rectification_ordered (...), ...": for "expected" messages and help.
std::string outcome_choices();

}  // namespace sjsj
