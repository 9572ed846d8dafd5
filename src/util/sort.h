/* Sorting of integer keys without a comparison callback (qsort's indirect
 * calls dominate for the short arrays of the hot path). */
#ifndef PRECIS_UTIL_SORT_H
#define PRECIS_UTIL_SORT_H
#include <stddef.h>
#include <stdint.h>

/* Sorts a[0..n) ascending: insertion sort below 24 elements, otherwise
 * median-of-three quicksort recursing into the smaller half (O(log n) stack,
 * O(n log n) expected). */
static inline void pc_sort_u64(uint64_t *a, size_t n)
{
    while (n > 24) {
        uint64_t x = a[0], y = a[n / 2], z = a[n - 1];
        uint64_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        size_t i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i >= j)
                break;
            uint64_t t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
        size_t left = j + 1;
        if (left < n - left) {
            pc_sort_u64(a, left);
            a += left;
            n -= left;
        } else {
            pc_sort_u64(a + left, n - left);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        uint64_t v = a[i];
        size_t j = i;
        while (j > 0 && a[j - 1] > v) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}
#endif
