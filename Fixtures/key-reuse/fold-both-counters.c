/* Each cell folds the row and the column into the key, and the key itself is never drawn:
 * every cell gets its own numbers. Not a finding. */
#include "randomkeys.h"

void noise_grid(rk_key key, double grid[16][16]) {
    for (int row = 0; row < 16; row++) {
        rk_key row_key = rk_fold_in(key, row);
        for (int col = 0; col < 16; col++) {
            grid[row][col] = rk_normal(rk_fold_in(row_key, col));
        }
    }
}
