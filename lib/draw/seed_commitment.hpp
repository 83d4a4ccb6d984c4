#pragma once
// Commit before reveal: the SHA-256 of a seed is published before the draw (or the assignment),
// so nobody can pick a seed after seeing what it gives.
#include <optional>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;

enum class SeedPurpose { draw, assign };

struct SeedCommitment {
  int year = 0;
  SeedPurpose purpose = SeedPurpose::draw;
  std::string seed_sha256;
  std::string committed_at;  // UTC time of the commitment
};

// Stores the commitment for (year, purpose), replacing an earlier one (a redo needs a new seed,
// so a new commitment is published for it).
SeedCommitment commit_seed(WriteSession& session, int year, SeedPurpose purpose, std::string_view seed,
                           const std::string& committed_at);

std::optional<SeedCommitment> find_seed_commitment(SQLite::Database& db, int year, SeedPurpose purpose);

// Throws InputError when a commitment exists for (year, purpose) and the seed does not match it.
// It is not an error when there is no commitment.
void check_seed_commitment(SQLite::Database& db, int year, SeedPurpose purpose, std::string_view seed);

}  // namespace sjsj
