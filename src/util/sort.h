/* Sorting without a comparison callback (qsort's indirect
 * calls dominate for the short arrays of the hot path). */
#ifndef PRECIS_UTIL_SORT_H
#define PRECIS_UTIL_SORT_H
#include <stddef.h>
#include <stdint.h>

/* PC_SORT_DEFINE_BY(name, type, less) defines `static inline void
 * name(type *a, size_t n)`: sorts a[0..n) so that less(a[i], a[i - 1]) holds
 * nowhere, insertion sort below 24 elements, otherwise median-of-three
 * quicksort recursing into the smaller half (O(log n) stack, O(n log n)
 * expected).  `less` is a function-like macro or an inline function; it must
 * be a strict weak order (no NaN keys), since the partition relies on it to
 * stop inside the array.  Not stable: give it a total order (break ties by
 * index) when the result must not depend on the input's order. */
#define PC_SORT_DEFINE_BY(name, type, less)                                                        \
    static inline void name(type *a, size_t n)                                                     \
    {                                                                                              \
        while (n > 24) {                                                                           \
            type x = a[0], y = a[n / 2], z = a[n - 1];                                             \
            type pivot = less(x, y) ? (less(y, z) ? y : (less(x, z) ? z : x))                      \
                                    : (less(x, z) ? x : (less(y, z) ? z : y));                     \
            size_t i = 0, j = n - 1;                                                               \
            for (;;) {                                                                             \
                while (less(a[i], pivot))                                                          \
                    i++;                                                                           \
                while (less(pivot, a[j]))                                                          \
                    j--;                                                                           \
                if (i >= j)                                                                        \
                    break;                                                                         \
                type t = a[i];                                                                     \
                a[i] = a[j];                                                                       \
                a[j] = t;                                                                          \
                i++;                                                                               \
                j--;                                                                               \
            }                                                                                      \
            size_t left = j + 1;                                                                   \
            if (left < n - left) {                                                                 \
                name(a, left);                                                                     \
                a += left;                                                                         \
                n -= left;                                                                         \
            } else {                                                                               \
                name(a + left, n - left);                                                          \
                n = left;                                                                          \
            }                                                                                      \
        }                                                                                          \
        for (size_t i = 1; i < n; i++) {                                                           \
            type v = a[i];                                                                         \
            size_t j = i;                                                                          \
            while (j > 0 && less(v, a[j - 1])) {                                                   \
                a[j] = a[j - 1];                                                                   \
                j--;                                                                               \
            }                                                                                      \
            a[j] = v;                                                                              \
        }                                                                                          \
    }

/* PC_SORT_DEFINE(name, type): ascending integer keys. */
#define PC_SORT_LT(x, y) ((x) < (y))
#define PC_SORT_DEFINE(name, type) PC_SORT_DEFINE_BY(name, type, PC_SORT_LT)

PC_SORT_DEFINE(pc_sort_u64, uint64_t)
PC_SORT_DEFINE(pc_sort_u32, uint32_t)
#endif
