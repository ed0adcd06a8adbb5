"""The peer: the UCL FNC-1 baseline (Riedel et al. 2017) in scikit-learn: term frequencies
of headline and body, tf-idf cosine, a 100-unit MLP. Fitted untimed on the first pairs,
then timed from reading the JSON Lines file to the last prediction, like `hearsay stance`."""
import json, sys, time, warnings
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import normalize

warnings.filterwarnings("ignore")  # two untimed epochs: convergence is not the point
path = sys.argv[1]

def read(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    return [r["claim"] for r in rows], [r["body"] for r in rows]

def features(cv, tf, heads, bodies):
    h, b = normalize(cv.transform(heads).astype(float)), normalize(cv.transform(bodies).astype(float))
    cos = np.asarray(tf.transform(heads).multiply(tf.transform(bodies)).sum(1))
    return sp.hstack([h, b, sp.csr_matrix(cos)]).tocsr()

heads, bodies = read(path)
n = min(5000, len(heads))
cv = CountVectorizer(max_features=5000, stop_words="english").fit(heads[:n] + bodies[:n])
tf = TfidfVectorizer(max_features=5000, stop_words="english").fit(heads[:n] + bodies[:n])
labels = np.arange(n) % 4  # the timing does not depend on what was learnt
mlp = MLPClassifier(hidden_layer_sizes=(100,), max_iter=2, random_state=0).fit(features(cv, tf, heads[:n], bodies[:n]), labels)

t = time.monotonic()
heads, bodies = read(path)
pred = mlp.predict_proba(features(cv, tf, heads, bodies))
seconds = time.monotonic() - t
print(f"{len(heads)} {seconds:.3f}")
