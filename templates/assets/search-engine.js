/*
 * site-gen search engine: tokenizer, postings decoder, query and ranking. No DOM. Runs in the browser
 * (attaches `SgSearchEngine` to globalThis) and in node (module.exports). The tokenizer rules are
 * specified once, in the Javadoc of dev.sitegen.search.Tokenizer; the golden file
 * src/test/resources/search/tokenizer-golden.json pins this copy and the Java one.
 *
 * Index files (see dev.sitegen.search.IndexFiles) arrive through a `store` with get(name) → data or
 * undefined. Engine#search never waits: it returns {missing: [names]} when it needs files it does not
 * have yet; the caller loads them and asks again.
 */
(function (root, factory) {
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.SgSearchEngine = api;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var PREFIX_WEIGHT = 0.8;
  var TYPO_WEIGHT = 0.6;
  var TYPO_MIN_LENGTH = 5;
  var PREFIX_MIN_LENGTH = 3;
  var MAX_COMPLETIONS = 30;

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase();
  }
  function isHan(ch) {
    return HAN.test(ch);
  }
  function isWordChar(ch) {
    return WORD.test(ch) && !HAN.test(ch);
  }

  /** The query's segments: Han runs and words, each with its terms; `open` if the text ends inside one. */
  function segments(text) {
    var cps = Array.from(normalize(text));
    var out = [];
    var i = 0;
    while (i < cps.length) {
      var j = i;
      if (isHan(cps[i])) {
        while (j < cps.length && isHan(cps[j])) j++;
        var run = cps.slice(i, j);
        var terms = [];
        if (run.length === 1) terms.push(run[0]);
        for (var k = 0; k + 1 < run.length; k++) terms.push(run[k] + run[k + 1]);
        out.push({ kind: 'han', text: run.join(''), length: run.length, terms: terms, end: j });
      } else if (isWordChar(cps[i])) {
        while (j < cps.length) {
          if (isWordChar(cps[j])) j++;
          else if (cps[j] === '-' && j + 1 < cps.length && isWordChar(cps[j + 1])) j++;
          else break;
        }
        var word = cps.slice(i, j).join('');
        var wordTerms = [word];
        if (word.indexOf('-') >= 0) wordTerms = wordTerms.concat(word.split('-'));
        out.push({ kind: 'word', text: word, length: j - i, terms: wordTerms, end: j });
      } else {
        j = i + 1;
      }
      i = j;
    }
    var last = out[out.length - 1];
    return { segments: out, open: !!last && last.end === cps.length };
  }

  /** The index terms of `text`, exactly as the Java Tokenizer yields them. */
  function tokenize(text) {
    var terms = [];
    segments(text).segments.forEach(function (s) { terms.push.apply(terms, s.terms); });
    return terms;
  }

  function isHanBigram(term) {
    var cps = Array.from(term);
    return cps.length === 2 && isHan(cps[0]);
  }

  /** The shard key of a term: its first Han character, or a word's first three characters. */
  function shardKey(term) {
    var cps = Array.from(term);
    return cps.slice(0, isHan(cps[0]) ? 1 : 3).join('');
  }

  function shardOf(term, shards) {
    var key = shardKey(term);
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  }

  var MORE = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
  var LAST = 'WXYZabcdefghijklmnopqrstuvwxyz+/';
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) {
    DIGIT[MORE.charCodeAt(d)] = d;
    DIGIT[LAST.charCodeAt(d)] = 32 + d;
  }

  function numbers(encoded) {
    var out = [];
    var value = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = DIGIT[encoded.charCodeAt(i)];
      if (digit < 0) throw new Error('bad postings character ' + encoded[i]);
      value = value * 32 + (digit & 31);
      if (digit >= 32) {
        out.push(value);
        value = 0;
      }
    }
    return out;
  }

  /** Decodes a posting list: {docs: [...], impacts: [...], positions: [[...]] (Han bigrams only)}. */
  function decodePostings(term, encoded) {
    var n = numbers(encoded);
    var positional = isHanBigram(term);
    var result = { docs: [], impacts: [], positions: positional ? [] : null };
    var doc = -1;
    var i = 0;
    while (i < n.length) {
      doc += n[i++] + 1;
      result.docs.push(doc);
      result.impacts.push(n[i++]);
      if (positional) {
        var count = n[i++];
        var list = [];
        var position = 0;
        for (var k = 0; k < count; k++) {
          position += n[i++];
          list.push(position);
        }
        result.positions.push(list);
      }
    }
    return result;
  }

  /** Whether a and b are at most one edit apart (insert, delete, substitute, swap neighbours). */
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }


  function hex(ch) {
    return ch.codePointAt(0).toString(16);
  }

  // Only the characters that are special outside a character class: with the `u` flag an escape
  // of anything else (such as `\-` in `kv-cache`) is a syntax error.
  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /**
   * Runs queries against an index held by `store` (get(name) → the data a file registered, or
   * undefined). Decoded posting lists are cached, so typing costs little after the first keystroke.
   */
  function Engine(store) {
    this.store = store;
    this.decoded = new Map();
    this.lists = new Map();
  }

  /** The keys of an index object (a shard's terms, split once per file). */
  Engine.prototype.keys = function (name, value) {
    var keys = this.lists.get(name);
    if (!keys) {
      keys = typeof value === 'string' ? value.split(' ') : Object.keys(value);
      this.lists.set(name, keys);
    }
    return keys;
  };

  Engine.prototype.shard = function (term, missing) {
    var name = 'p/' + shardOf(term, this.store.get('meta').shards);
    var shard = this.store.get(name);
    if (!shard && missing.indexOf(name) < 0) missing.push(name);
    return shard;
  };

  Engine.prototype.postings = function (term, shard) {
    var encoded = shard[term];
    if (encoded === undefined) return null;
    var hit = this.decoded.get(term);
    if (!hit) {
      hit = decodePostings(term, encoded);
      this.decoded.set(term, hit);
    }
    return hit;
  };

  /** The alternative terms of one segment, each {term, weight}; pushes file names it lacks. */
  Engine.prototype.alternatives = function (segment, open, missing) {
    var self = this;
    if (segment.kind === 'han' && segment.length > 1) {
      segment.terms.forEach(function (t) { self.shard(t, missing); });
      return null;
    }
    var word = segment.kind === 'word' ? segment.text : segment.terms[0];
    var shard = this.shard(word, missing);
    if (!shard) return [];
    var alts = [{ term: word, weight: 1 }];
    var prefix = segment.kind === 'han' || (open && segment.length >= PREFIX_MIN_LENGTH);
    if (prefix) {
      // The most frequent completions (longest posting lists) are the likeliest meant.
      this.keys('p/' + shardOf(word, this.store.get('meta').shards), shard)
        .filter(function (t) { return t !== word && t.lastIndexOf(word, 0) === 0; })
        .sort(function (a, b) { return shard[b].length - shard[a].length; })
        .slice(0, MAX_COMPLETIONS)
        .forEach(function (t) { alts.push({ term: t, weight: PREFIX_WEIGHT }); });
    }
    if (alts.length === 1 && shard[word] === undefined && segment.kind === 'word' && segment.length >= TYPO_MIN_LENGTH) {
      alts = alts.concat(this.typos(word, missing));
    }
    return alts;
  };

  /** Words one edit from `word` whose first character is word's first or second (typos rarely hit the first). */
  Engine.prototype.typos = function (word, missing) {
    var meta = this.store.get('meta');
    var found = [];
    var seen = {};
    var self = this;
    Array.from(word).slice(0, 2).forEach(function (ch) {
      var key = hex(ch);
      if (seen[key] || meta.lex.indexOf(key) < 0) return;
      seen[key] = true;
      var lexicon = self.store.get('lex/' + key);
      if (lexicon === undefined) {
        missing.push('lex/' + key);
        return;
      }
      self.keys('lex/' + key, lexicon).forEach(function (t) {
        if (t !== word && withinOneEdit(word, t)) {
          found.push({ term: t, weight: TYPO_WEIGHT });
          self.shard(t, missing);
        }
      });
    });
    return found;
  };

  /** Scores of one segment: Map doc → score; `terms` collects what to highlight. */
  Engine.prototype.scoreSegment = function (segment, alts, terms) {
    var scores = new Map();
    var self = this;
    if (alts === null) {
      var lists = segment.terms.map(function (t) { return self.postings(t, self.shard(t, [])); });
      if (lists.some(function (l) { return l === null; })) return scores;
      terms.push(segment.text);
      return phraseScores(lists);
    }
    alts.forEach(function (alt) {
      var list = self.postings(alt.term, self.shard(alt.term, []));
      if (!list) return;
      terms.push(alt.term);
      for (var i = 0; i < list.docs.length; i++) {
        var s = alt.weight * list.impacts[i];
        var doc = list.docs[i];
        if (!(scores.get(doc) >= s)) scores.set(doc, s);
      }
    });
    return scores;
  };

  /** Documents holding every bigram of a Han run at consecutive positions, scored by their sum. */
  function phraseScores(lists) {
    var scores = new Map();
    var first = lists[0];
    var others = lists.slice(1).map(function (l) {
      var byDoc = new Map();
      for (var i = 0; i < l.docs.length; i++) byDoc.set(l.docs[i], i);
      return byDoc;
    });
    for (var i = 0; i < first.docs.length; i++) {
      var doc = first.docs[i];
      var at = others.map(function (byDoc) { return byDoc.get(doc); });
      if (at.some(function (x) { return x === undefined; })) continue;
      var adjacent = first.positions[i].some(function (p) {
        return at.every(function (x, k) { return lists[k + 1].positions[x].indexOf(p + k + 1) >= 0; });
      });
      if (!adjacent) continue;
      var score = first.impacts[i];
      at.forEach(function (x, k) { score += lists[k + 1].impacts[x]; });
      scores.set(doc, score);
    }
    return scores;
  }

  /**
   * Searches. `filters` = {topic: name, tag: slug}. Returns {missing: [file names]} until every file
   * it needs is in the store, then {hits: [{doc, score, all}], total, complete, segments, terms,
   * topicCounts: Map, tagCounts: Map}. Documents matching all segments come first, then by score.
   */
  Engine.prototype.search = function (query, filters) {
    filters = filters || {};
    var meta = this.store.get('meta');
    var facets = this.store.get('docs');
    if (!meta || !facets) return { missing: ['meta', 'docs'].filter((n) => !this.store.get(n)) };
    var parsed = segments(query);
    var missing = [];
    var self = this;
    var plans = parsed.segments.map(function (seg, i) {
      return self.alternatives(seg, parsed.open && i === parsed.segments.length - 1, missing);
    });
    if (missing.length) return { missing: missing };

    var n = meta.docs;
    var matched = new Uint8Array(n);
    var total = new Float64Array(n);
    var terms = [];
    parsed.segments.forEach(function (seg, i) {
      self.scoreSegment(seg, plans[i], terms).forEach(function (s, doc) {
        matched[doc]++;
        total[doc] += s;
      });
    });
    var topic = filters.topic ? facets.topics.indexOf(filters.topic) : -1;
    var tag = filters.tag ? facets.tags.findIndex(function (t) { return t[0] === filters.tag; }) : -1;
    if ((filters.topic && topic < 0) || (filters.tag && tag < 0)) {
      return result([], parsed, terms, new Map(), new Map());
    }
    var everything = parsed.segments.length === 0;
    var hits = [];
    var topicCounts = new Map();
    var tagCounts = new Map();
    for (var doc = 0; doc < n; doc++) {
      if (!everything && matched[doc] === 0) continue;
      if (everything && topic < 0 && tag < 0) break;
      var f = facets.docs[doc];
      var topicOk = topic < 0 || f[0] === topic;
      var tagOk = tag < 0 || f[1].indexOf(tag) >= 0;
      if (tagOk) topicCounts.set(f[0], (topicCounts.get(f[0]) || 0) + 1);
      if (topicOk) f[1].forEach(function (t) { tagCounts.set(t, (tagCounts.get(t) || 0) + 1); });
      if (topicOk && tagOk) hits.push({ doc: doc, score: total[doc], all: matched[doc] === parsed.segments.length });
    }
    hits.sort(function (a, b) { return (b.all - a.all) || (b.score - a.score) || (a.doc - b.doc); });
    return result(hits, parsed, terms, topicCounts, tagCounts);
  };

  function result(hits, parsed, terms, topicCounts, tagCounts) {
    return {
      hits: hits,
      total: hits.length,
      complete: hits.filter(function (h) { return h.all; }).length,
      segments: parsed.segments.length,
      terms: terms,
      topicCounts: topicCounts,
      tagCounts: tagCounts
    };
  }

  /** The card of a document ([id, url, title, short TL;DR, source line]), or undefined until loaded. */
  Engine.prototype.card = function (doc) {
    var chunk = this.store.get(this.cardFile(doc));
    return chunk && chunk[doc % this.store.get('meta').cardChunk];
  };
  Engine.prototype.cardFile = function (doc) {
    return 'c/' + Math.floor(doc / this.store.get('meta').cardChunk);
  };
  /** The [summary, abstract] text of a document, or undefined until loaded. */
  Engine.prototype.text = function (doc) {
    var chunk = this.store.get(this.textFile(doc));
    return chunk && chunk[doc % this.store.get('meta').textChunk];
  };
  Engine.prototype.textFile = function (doc) {
    return 't/' + Math.floor(doc / this.store.get('meta').textChunk);
  };

  /** A regular expression that finds the matched terms in original text (words whole, Han runs anywhere). */
  function highlighter(terms) {
    var parts = terms
      .filter(function (t, i) { return t && terms.indexOf(t) === i; })
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (t) {
        return isHan(Array.from(t)[0]) ? escapeRegExp(t) : '(?<![\\p{L}\\p{Nd}])' + escapeRegExp(t) + '(?![\\p{L}\\p{Nd}])';
      });
    return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
  }

  /**
   * Cuts a window of about `length` characters around the first match from `text` and returns
   * {text, ranges: [[start, end]]} with the match ranges inside it, for the caller to mark.
   */
  function snippet(text, pattern, length) {
    var start = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var first = pattern.exec(text);
      if (first) start = Math.max(0, first.index - Math.floor(length / 3));
    }
    var end = Math.min(text.length, start + length);
    var piece = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
    return { text: piece, ranges: marks(piece, pattern) };
  }

  /** The [start, end] ranges of `pattern`'s matches in `text`. */
  function marks(text, pattern) {
    var ranges = [];
    if (!pattern) return ranges;
    pattern.lastIndex = 0;
    var m;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      ranges.push([m.index, m.index + m[0].length]);
    }
    return ranges;
  }

  return {
    Engine: Engine,
    highlighter: highlighter,
    snippet: snippet,
    marks: marks,
    normalize: normalize,
    segments: segments,
    tokenize: tokenize,
    shardOf: shardOf,
    decodePostings: decodePostings,
    withinOneEdit: withinOneEdit,
    isHan: isHan,
    PREFIX_WEIGHT: PREFIX_WEIGHT,
    TYPO_WEIGHT: TYPO_WEIGHT,
    TYPO_MIN_LENGTH: TYPO_MIN_LENGTH,
    PREFIX_MIN_LENGTH: PREFIX_MIN_LENGTH
  };
});
