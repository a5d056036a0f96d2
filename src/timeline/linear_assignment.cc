// Shortest augmenting paths for the rectangular assignment problem (Crouse,
// "On implementing 2D rectangular assignment algorithms", IEEE TAES 2016):
// each row in turn is joined to the solution by a Dijkstra-like search over
// reduced costs, then the dual variables are updated and the path flipped.
#include "timeline/linear_assignment.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace storyline::timeline {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Solver state for a matrix with rows <= cols.
class AugmentingPathSolver {
 public:
  explicit AugmentingPathSolver(const CostMatrix& c)
      : c_(c), u_(c.rows, 0), v_(c.cols, 0), path_cost_(c.cols), path_(c.cols, -1),
        col4row_(c.rows, -1), row4col_(c.cols, -1), row_seen_(c.rows), col_seen_(c.cols) {}

  // Column of every row in a minimum-cost assignment.
  std::vector<int> Solve() {
    for (int row = 0; row < c_.rows; ++row) {
      double min_val = 0;
      const int sink = ShortestPath(row, min_val);
      UpdateDuals(row, min_val);
      Augment(row, sink);
    }
    return col4row_;
  }

 private:
  // Finds the cheapest path from `row` to an unassigned column; returns it.
  int ShortestPath(int row, double& min_val) {
    std::vector<int> remaining(c_.cols);
    for (int k = 0; k < c_.cols; ++k) remaining[k] = c_.cols - k - 1;
    std::fill(row_seen_.begin(), row_seen_.end(), false);
    std::fill(col_seen_.begin(), col_seen_.end(), false);
    std::fill(path_cost_.begin(), path_cost_.end(), kInf);
    min_val = 0;
    int i = row;
    while (true) {
      row_seen_[i] = true;
      int index = -1;
      double lowest = kInf;
      for (size_t k = 0; k < remaining.size(); ++k) {
        const int j = remaining[k];
        const double r = min_val + c_.at(i, j) - u_[i] - v_[j];
        if (r < path_cost_[j]) {
          path_[j] = i;
          path_cost_[j] = r;
        }
        if (path_cost_[j] < lowest || (path_cost_[j] == lowest && row4col_[j] == -1)) {
          lowest = path_cost_[j];
          index = static_cast<int>(k);
        }
      }
      min_val = lowest;
      const int j = remaining[index];
      col_seen_[j] = true;
      remaining[index] = remaining.back();
      remaining.pop_back();
      if (row4col_[j] == -1) return j;
      i = row4col_[j];
    }
  }

  void UpdateDuals(int row, double min_val) {
    u_[row] += min_val;
    for (int i = 0; i < c_.rows; ++i) {
      if (row_seen_[i] && i != row) u_[i] += min_val - path_cost_[col4row_[i]];
    }
    for (int j = 0; j < c_.cols; ++j) {
      if (col_seen_[j]) v_[j] -= min_val - path_cost_[j];
    }
  }

  // Flips the assignment along the path that ends at `sink`.
  void Augment(int row, int sink) {
    int j = sink;
    while (true) {
      const int i = path_[j];
      row4col_[j] = i;
      std::swap(col4row_[i], j);
      if (i == row) break;
    }
  }

  const CostMatrix& c_;
  std::vector<double> u_, v_, path_cost_;
  std::vector<int> path_, col4row_, row4col_;
  std::vector<bool> row_seen_, col_seen_;
};

}  // namespace

CostMatrix Transpose(const CostMatrix& m) {
  CostMatrix t{m.cols, m.rows, std::vector<double>(m.values.size())};
  for (int r = 0; r < m.rows; ++r) {
    for (int c = 0; c < m.cols; ++c) t.values[static_cast<size_t>(c) * m.rows + r] = m.at(r, c);
  }
  return t;
}

std::vector<std::pair<int, int>> SolveLinearAssignment(const CostMatrix& costs) {
  std::vector<std::pair<int, int>> pairs;
  if (costs.rows == 0 || costs.cols == 0) return pairs;
  if (costs.rows <= costs.cols) {
    const std::vector<int> col4row = AugmentingPathSolver(costs).Solve();
    for (int r = 0; r < costs.rows; ++r) pairs.emplace_back(r, col4row[r]);
    return pairs;
  }
  // More rows than columns: assign every column to a row, then sort by row.
  const CostMatrix t = Transpose(costs);
  const std::vector<int> row4col = AugmentingPathSolver(t).Solve();
  for (int c = 0; c < t.rows; ++c) pairs.emplace_back(row4col[c], c);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::vector<std::pair<int, int>> AssignRowsToMinimum(const CostMatrix& costs) {
  std::vector<std::pair<int, int>> pairs;
  if (costs.cols == 0) return pairs;
  for (int r = 0; r < costs.rows; ++r) {
    int best = 0;
    for (int c = 1; c < costs.cols; ++c) {
      if (costs.at(r, c) < costs.at(r, best)) best = c;
    }
    pairs.emplace_back(r, best);
  }
  return pairs;
}

}  // namespace storyline::timeline
