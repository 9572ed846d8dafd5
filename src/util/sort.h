/* Sorting of integer keys without a comparison callback (qsort's indirect
 * calls dominate for the short arrays of the hot path). */
#ifndef PRECIS_UTIL_SORT_H
#define PRECIS_UTIL_SORT_H
#include <stddef.h>
#include <stdint.h>

/* PC_SORT_DEFINE(name, type) defines `static inline void name(type *a,
 * size_t n)`: sorts a[0..n) ascending, insertion sort below 24 elements,
 * otherwise median-of-three quicksort recursing into the smaller half
 * (O(log n) stack, O(n log n) expected). */
#define PC_SORT_DEFINE(name, type)                                                       \
    static inline void name(type *a, size_t n)                                           \
    {                                                                                    \
        while (n > 24) {                                                                 \
            type x = a[0], y = a[n / 2], z = a[n - 1];                                   \
            type pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y)); \
            size_t i = 0, j = n - 1;                                                     \
            for (;;) {                                                                   \
                while (a[i] < pivot)                                                     \
                    i++;                                                                 \
                while (a[j] > pivot)                                                     \
                    j--;                                                                 \
                if (i >= j)                                                              \
                    break;                                                               \
                type t = a[i];                                                           \
                a[i] = a[j];                                                             \
                a[j] = t;                                                                \
                i++;                                                                     \
                j--;                                                                     \
            }                                                                            \
            size_t left = j + 1;                                                         \
            if (left < n - left) {                                                       \
                name(a, left);                                                           \
                a += left;                                                               \
                n -= left;                                                               \
            } else {                                                                     \
                name(a + left, n - left);                                                \
                n = left;                                                                \
            }                                                                            \
        }                                                                                \
        for (size_t i = 1; i < n; i++) {                                                 \
            type v = a[i];                                                               \
            size_t j = i;                                                                \
            while (j > 0 && a[j - 1] > v) {                                              \
                a[j] = a[j - 1];                                                         \
                j--;                                                                     \
            }                                                                            \
            a[j] = v;                                                                    \
        }                                                                                \
    }

PC_SORT_DEFINE(pc_sort_u64, uint64_t)
PC_SORT_DEFINE(pc_sort_u32, uint32_t)
#endif
