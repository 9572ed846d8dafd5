/* Sorting without a comparison callback (qsort's indirect
 * calls dominate for the short arrays of the hot path). */
#ifndef PRECIS_UTIL_SORT_H
#define PRECIS_UTIL_SORT_H
#include <stddef.h>
#include <stdint.h>

/* Splits a[0..n) (n > 2) around a median-of-three pivot: sets `left` so
 * that a[0..left) <= pivot <= a[left..n), 0 < left < n. */
#define PC_PARTITION_BY_(type, less, a, n, left)                                                   \
    do {                                                                                           \
        type x_ = (a)[0], y_ = (a)[(n) / 2], z_ = (a)[(n)-1];                                      \
        type pivot_ = less(x_, y_) ? (less(y_, z_) ? y_ : (less(x_, z_) ? z_ : x_))                \
                                   : (less(x_, z_) ? x_ : (less(y_, z_) ? z_ : y_));               \
        size_t i_ = 0, j_ = (n)-1;                                                                 \
        for (;;) {                                                                                 \
            while (less((a)[i_], pivot_))                                                          \
                i_++;                                                                              \
            while (less(pivot_, (a)[j_]))                                                          \
                j_--;                                                                              \
            if (i_ >= j_)                                                                          \
                break;                                                                             \
            type t_ = (a)[i_];                                                                     \
            (a)[i_] = (a)[j_];                                                                     \
            (a)[j_] = t_;                                                                          \
            i_++;                                                                                  \
            j_--;                                                                                  \
        }                                                                                          \
        (left) = j_ + 1;                                                                           \
    } while (0)

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
            size_t left;                                                                           \
            PC_PARTITION_BY_(type, less, a, n, left);                                              \
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

/* PC_SELECT_DEFINE_BY(name, type, less, sort) defines `static inline void
 * name(type *a, size_t n, size_t k)`: moves the k first elements of a[0..n)
 * in the order `less` (a total order) to a[0..k), in no set order, with
 * `sort` (of PC_SORT_DEFINE_BY, same order) for the last few.  Quickselect:
 * O(n) expected, where sorting all n to keep k is O(n log n). */
#define PC_SELECT_DEFINE_BY(name, type, less, sort)                                                \
    static inline void name(type *a, size_t n, size_t k)                                           \
    {                                                                                              \
        while (n > 24 && k > 0 && k < n) {                                                         \
            size_t left;                                                                           \
            PC_PARTITION_BY_(type, less, a, n, left);                                              \
            if (left == 0 || left >= n)                                                            \
                break; /* no progress: sort the rest */                                            \
            if (k <= left) {                                                                       \
                n = left;                                                                          \
            } else {                                                                               \
                a += left;                                                                         \
                k -= left;                                                                         \
                n -= left;                                                                         \
            }                                                                                      \
        }                                                                                          \
        if (k > 0 && k < n)                                                                        \
            sort(a, n);                                                                            \
    }

/* PC_SORT_DEFINE(name, type): ascending integer keys. */
#define PC_SORT_LT(x, y) ((x) < (y))
#define PC_SORT_DEFINE(name, type) PC_SORT_DEFINE_BY(name, type, PC_SORT_LT)

PC_SORT_DEFINE(pc_sort_u64, uint64_t)
PC_SORT_DEFINE(pc_sort_u32, uint32_t)
#endif
