// Minimum-cost one-to-one assignment between the rows and columns of a
// rectangular cost matrix (the linear sum assignment problem).
//
// tilse aligns timeline dates with SciPy's linear_sum_assignment, and date
// costs tie often (two reference dates equally far from a system date), so
// reproducing its scores needs the same optimum among equals, not just an
// optimum. This is the shortest-augmenting-path method of Crouse (2016), with
// SciPy's (>= 1.5) choices: rows are added in order, columns are scanned from
// last to first, a tie in path cost goes to an unassigned column, and a matrix
// with more rows than columns is solved transposed.
#ifndef STORYLINE_TIMELINE_LINEAR_ASSIGNMENT_H_
#define STORYLINE_TIMELINE_LINEAR_ASSIGNMENT_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace storyline::timeline {

// A dense row-major matrix of finite costs.
struct CostMatrix {
  int rows = 0;
  int cols = 0;
  std::vector<double> values;  // rows * cols
  double at(int r, int c) const { return values[static_cast<size_t>(r) * cols + c]; }
};

// The matrix with rows and columns swapped.
CostMatrix Transpose(const CostMatrix& m);

// The (row, column) pairs of a minimum-cost assignment of min(rows, cols)
// pairs, sorted by row. Empty when the matrix has no rows or no columns.
std::vector<std::pair<int, int>> SolveLinearAssignment(const CostMatrix& costs);

// For every row, the column of its smallest cost (the first one on ties):
// tilse's many-to-one alignment. Empty when the matrix has no columns.
std::vector<std::pair<int, int>> AssignRowsToMinimum(const CostMatrix& costs);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_LINEAR_ASSIGNMENT_H_
