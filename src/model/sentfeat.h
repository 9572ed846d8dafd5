/* Features of a candidate sentence for the learned sentence prior. */
#ifndef PRECIS_MODEL_SENTFEAT_H
#define PRECIS_MODEL_SENTFEAT_H
#include "model/concepts.h"
#include "model/model.h"

#define PC_NSFEAT 18

/* Fills f (PC_NSFEAT values, f[0] = 1) for candidate i of m, given the
 * concepts of the cluster with their weights w and the candidates' centroid
 * cosines cen.  Scale-free like the concept features. */
void pc_sentence_features(const pc_model *m, const pc_concepts *cs, const double *w,
                          const double *cen, size_t i, double *f);
#endif
