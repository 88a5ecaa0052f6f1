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
  var STEM_MARK = '~';
  var PHRASE_MARK = '=';
  var STEM_WEIGHT = 0.9;
  var SYNONYM_WEIGHT = 0.9;
  var MAX_SYNONYM_PARTS = 6;
  var PHRASE_CANDIDATES = 5;

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase();
  }
  function isHan(ch) {
    return HAN.test(ch);
  }
  function isWordChar(ch) {
    return WORD.test(ch) && !HAN.test(ch);
  }


  // Light Porter2 (Snowball English 3.1 without step 4), the same algorithm as dev.sitegen.search.EnglishStemmer;
  // src/test/resources/search/stemmer-golden.json pins both.
  var STEM_WORD = /^[a-z]{3,}$/;
  var R1_PREFIXES = ['gener', 'commun', 'arsen', 'emerg', 'inter', 'later', 'organ', 'past', 'univers'];
  var STEM_EXCEPTIONS = { skis: 'ski', skies: 'sky', idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli',
    only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos',
    bias: 'bias', andes: 'andes' };
  var KEEP_EED = ['succ', 'proc', 'exc'];
  var KEEP_ING = ['even', 'cann', 'inn', 'earr', 'herr', 'out'];
  var STEP2 = { ational: 'ate', tional: 'tion', ization: 'ize', iveness: 'ive', fulness: 'ful', ousness: 'ous',
    lessli: 'less', biliti: 'ble', alism: 'al', aliti: 'al', ation: 'ate', ogist: 'og', entli: 'ent', fulli: 'ful',
    iviti: 'ive', ousli: 'ous', alli: 'al', abli: 'able', enci: 'ence', anci: 'ance', izer: 'ize', ator: 'ate',
    bli: 'ble', ogi: 'og', li: '' };
  var STEP3 = { ational: 'ate', tional: 'tion', alize: 'al', icate: 'ic', iciti: 'ic', ative: '', ical: 'ic',
    ness: '', ful: '' };
  function isStemVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }

  /** The stem of a lower-case word; the word itself unless it is three or more ASCII letters. */
  function stem(word) {
    if (!STEM_WORD.test(word)) return word;
    if (Object.prototype.hasOwnProperty.call(STEM_EXCEPTIONS, word)) return STEM_EXCEPTIONS[word];
    var w = word.charAt(0) === 'y' ? 'Y' + word.slice(1) : word;
    for (var i = 1; i < w.length; i++) {
      if (w[i] === 'y' && isStemVowel(w[i - 1])) w = w.slice(0, i) + 'Y' + w.slice(i + 1);
    }
    function regionAfter(from) {
      for (var k = from + 1; k < w.length; k++) {
        if (!isStemVowel(w[k]) && isStemVowel(w[k - 1])) return k + 1;
      }
      return w.length;
    }
    var r1 = regionAfter(0);
    for (var p = 0; p < R1_PREFIXES.length; p++) {
      if (word.lastIndexOf(R1_PREFIXES[p], 0) === 0) {
        r1 = R1_PREFIXES[p].length;
        break;
      }
    }
    var r2 = regionAfter(r1);
    function ends(s) {
      return w.length >= s.length && w.slice(w.length - s.length) === s;
    }
    function replace(s, by) {
      w = w.slice(0, w.length - s.length) + by;
    }
    function hasVowel(end) {
      for (var k = 0; k < end; k++) if (isStemVowel(w[k])) return true;
      return false;
    }
    function shortSyllableBefore(n) {
      if (n >= 4 && w.slice(n - 4, n) === 'past') return true;
      if (n === 2) return isStemVowel(w[0]) && !isStemVowel(w[1]);
      return n >= 3 && !isStemVowel(w[n - 3]) && isStemVowel(w[n - 2]) && !isStemVowel(w[n - 1]) && 'wxY'.indexOf(w[n - 1]) < 0;
    }
    function longest(suffixes) {
      var found = null;
      suffixes.forEach(function (s) {
        if (ends(s) && (found === null || s.length > found.length)) found = s;
      });
      return found;
    }
    // Step 1a
    if (ends('sses')) replace('sses', 'ss');
    else if (ends('ied') || ends('ies')) replace('ies', w.length > 4 ? 'i' : 'ie');
    else if (ends('us') || ends('ss')) { /* kept */ }
    else if (ends('s') && hasVowel(w.length - 2)) replace('s', '');
    // Step 1b
    step1b: {
      var eed = ends('eedly') ? 'eedly' : ends('eed') ? 'eed' : null;
      if (eed) {
        if (w.length - eed.length >= r1 && KEEP_EED.indexOf(w.slice(0, w.length - eed.length)) < 0) replace(eed, 'ee');
        break step1b;
      }
      if (ends('ing')) {
        var before = w.slice(0, w.length - 3);
        if (before.length === 2 && !isStemVowel(before[0]) && before[1] === 'y') {
          w = before[0] + 'ie';
          break step1b;
        }
        if (KEEP_ING.indexOf(before) >= 0) break step1b;
      }
      var ed = longest(['ingly', 'edly', 'ing', 'ed']);
      if (!ed || !hasVowel(w.length - ed.length)) break step1b;
      replace(ed, '');
      var n = w.length;
      if (ends('at') || ends('bl') || ends('iz')) w += 'e';
      else if (n >= 2 && w[n - 1] === w[n - 2] && 'bdfgmnprt'.indexOf(w[n - 1]) >= 0) {
        if (!(n === 3 && 'aeo'.indexOf(w[0]) >= 0)) w = w.slice(0, n - 1);
      } else if (r1 >= n && shortSyllableBefore(n)) w += 'e';
    }
    // Step 1c
    var last = w.length - 1;
    if (w.length > 2 && (w[last] === 'y' || w[last] === 'Y') && !isStemVowel(w[last - 1])) w = w.slice(0, last) + 'i';
    // Steps 2 and 3
    [STEP2, STEP3].forEach(function (table) {
      var found = longest(Object.keys(table));
      if (found === null || w.length - found.length < r1) return;
      var at = w.length - found.length;
      if (found === 'li' && !(at > 0 && 'cdeghkmnrt'.indexOf(w[at - 1]) >= 0)) return;
      if (found === 'ogi' && !(at > 0 && w[at - 1] === 'l')) return;
      if (found === 'ative' && at < r2) return;
      replace(found, table[found]);
    });
    // Step 5
    var m = w.length;
    if (m > 0 && w[m - 1] === 'e') {
      if (m - 1 >= r2 || (m - 1 >= r1 && !shortSyllableBefore(m - 1))) w = w.slice(0, m - 1);
    } else if (m > 1 && w[m - 1] === 'l' && m - 1 >= r2 && w[m - 2] === 'l') {
      w = w.slice(0, m - 1);
    }
    return w.replace(/Y/g, 'y');
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
        var stems = [];
        word.split('-').forEach(function (part) {
          var s = stem(part);
          if (s !== part && s !== stems[stems.length - 1]) stems.push(s);
        });
        out.push({ kind: 'word', text: word, length: j - i, terms: wordTerms, stems: stems, end: j });
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
    segments(text).segments.forEach(function (s) {
      terms.push.apply(terms, s.terms);
      if (s.stems) s.stems.forEach(function (st) { terms.push(STEM_MARK + st); });
    });
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
    if (segment.kind === 'phrase') {
      return this.shard(segment.text, missing) ? [{ term: segment.text, weight: 1 }] : [];
    }
    var word = segment.kind === 'word' ? segment.text : segment.terms[0];
    var shard = this.shard(word, missing);
    var alts = [{ term: word, weight: 1 }];
    // Word forms: the stem term of the word, and the stem itself when it is a word of its own
    // (tokenizers → ~token and token; the index has no ~token for a text that says just "token").
    if (segment.kind === 'word' && segment.stems.length === 1 && word.indexOf('-') < 0) {
      var root = segment.stems[0];
      alts.push({ term: STEM_MARK + root, weight: STEM_WEIGHT });
      if (stem(root) === root) alts.push({ term: root, weight: STEM_WEIGHT });
    } else if (segment.kind === 'word' && stem(word) === word && word.indexOf('-') < 0 && STEM_WORD.test(word)) {
      alts.push({ term: STEM_MARK + word, weight: STEM_WEIGHT });
    }
    var shards = alts.map(function (a) { return self.shard(a.term, missing); });
    if (shards.some(function (sh) { return !sh; })) return [];
    var prefix = segment.kind === 'han' || (open && segment.length >= PREFIX_MIN_LENGTH);
    if (prefix) {
      // The most frequent completions (longest posting lists) are the likeliest meant.
      this.keys('p/' + shardOf(word, this.store.get('meta').shards), shard)
        .filter(function (t) { return t !== word && t.lastIndexOf(word, 0) === 0; })
        .sort(function (a, b) { return shard[b].length - shard[a].length; })
        .slice(0, MAX_COMPLETIONS)
        .forEach(function (t) { alts.push({ term: t, weight: PREFIX_WEIGHT }); });
    }
    var found = alts.some(function (a, i) { return shards[i] ? shards[i][a.term] !== undefined : shard[a.term] !== undefined; });
    if (!found && segment.kind === 'word' && segment.length >= TYPO_MIN_LENGTH) {
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

  /** A segment's part of a synonym key: a word's stem, a Han run as it is. */
  function segmentKey(segment) {
    return segment.kind === 'word' ? stem(segment.text) : segment.text;
  }

  /**
   * The query as concepts: runs of segments that are a synonym key become one concept whose
   * alternatives are the run itself and each synonym (all parsed as segments); every other segment is
   * a concept of its own. Longest key first. Returns null (and pushes files) until the synonyms are in.
   */
  Engine.prototype.concepts = function (parsed, missing) {
    var meta = this.store.get('meta');
    var segs = parsed.segments;
    var keys = segs.map(segmentKey);
    var tables = keys.map(function (k) { return 's/' + shardOf(k, meta.synonymShards || 1); });
    var store = this.store;
    var lacking = meta.synonymShards ? tables.filter(function (t, i) { return !store.get(t) && tables.indexOf(t) === i; }) : [];
    if (lacking.length) {
      lacking.forEach(function (t) { missing.push(t); });
      return null;
    }
    var concepts = [];
    for (var i = 0; i < segs.length;) {
      var table = meta.synonymShards ? store.get(tables[i]) : {};
      var j = Math.min(segs.length, i + MAX_SYNONYM_PARTS);
      var phrases = null;
      for (; j > i; j--) {
        var key = keys.slice(i, j).join(' ');
        if (Object.prototype.hasOwnProperty.call(table, key)) {
          phrases = table[key];
          break;
        }
      }
      if (!phrases) j = i + 1;
      var run = segs.slice(i, j);
      var last = parsed.open && j === segs.length;
      var alts = [{ segments: run, open: last, weight: 1 }];
      (phrases || []).forEach(function (p) {
        var parts = segments(p).segments;
        // A synonym of two or more parts, or one Han run of three or more characters, is looked up as
        // the phrase term the index has for it (dev.sitegen.search.PhraseTerms).
        if (parts.length > 1 || (parts.length === 1 && parts[0].kind === 'han' && parts[0].length >= 3)) {
          parts = [{ kind: 'phrase', text: PHRASE_MARK + parts.map(segmentKey).join(' ') }];
        }
        alts.push({ segments: parts, open: false, weight: SYNONYM_WEIGHT });
      });
      concepts.push({ alternatives: alts });
      i = j;
    }
    return concepts;
  };

  /** Scores of one concept: per document the best alternative, each scoring only where all its segments match. */
  Engine.prototype.scoreConcept = function (concept, plans, terms) {
    var self = this;
    var best = new Map();
    concept.alternatives.forEach(function (alt, a) {
      var sum = null;
      alt.segments.forEach(function (seg, k) {
        var seen = [];
        var scores = self.scoreSegment(seg, plans[a][k], seen);
        if (sum === null) sum = scores;
        else {
          var both = new Map();
          sum.forEach(function (v, doc) { if (scores.has(doc)) both.set(doc, v + scores.get(doc)); });
          sum = both;
        }
        if (scores.size) terms.push.apply(terms, seen);
      });
      if (!sum) return;
      sum.forEach(function (v, doc) {
        var s = v * alt.weight;
        if (!(best.get(doc) >= s)) best.set(doc, s);
      });
    });
    return best;
  };

  /**
   * Searches. `filters` = {topic: name, tag: slug}. Returns {missing: [file names]} until every file
   * it needs is in the store, then {hits: [{doc, score, all, phrase}], total, complete, segments,
   * terms, topicCounts: Map, tagCounts: Map}. Documents matching every concept of the query come first
   * (`complete` of them): those with the query as an exact phrase, then by score; then the partial
   * matches. Topic and tag counts are over the complete matches when there are any.
   */
  Engine.prototype.search = function (query, filters) {
    filters = filters || {};
    var meta = this.store.get('meta');
    var facets = this.store.get('docs');
    if (!meta || !facets) return { missing: ['meta', 'docs'].filter((n) => !this.store.get(n)) };
    var parsed = segments(query);
    var missing = [];
    var self = this;
    var concepts = this.concepts(parsed, missing);
    if (!concepts) return { missing: missing };
    var plans = concepts.map(function (c) {
      return c.alternatives.map(function (alt) {
        return alt.segments.map(function (seg, i) {
          return self.alternatives(seg, alt.open && i === alt.segments.length - 1, missing);
        });
      });
    });
    if (missing.length) return { missing: missing.filter(function (m, i) { return missing.indexOf(m) === i; }) };

    var n = meta.docs;
    var matched = new Uint8Array(n);
    var total = new Float64Array(n);
    var terms = [];
    concepts.forEach(function (c, i) {
      self.scoreConcept(c, plans[i], terms).forEach(function (s, doc) {
        matched[doc]++;
        total[doc] += s;
      });
    });
    var topic = filters.topic ? facets.topics.indexOf(filters.topic) : -1;
    var tag = filters.tag ? facets.tags.findIndex(function (t) { return t[0] === filters.tag; }) : -1;
    if ((filters.topic && topic < 0) || (filters.tag && tag < 0)) {
      return result([], parsed, concepts, terms, new Map(), new Map());
    }
    var everything = parsed.segments.length === 0;
    var hits = [];
    var complete = 0;
    for (var doc = 0; doc < n; doc++) {
      if (!everything && matched[doc] === 0) continue;
      if (everything && topic < 0 && tag < 0) break;
      var f = facets.docs[doc];
      if ((topic < 0 || f[0] === topic) && (tag < 0 || f[1].indexOf(tag) >= 0)) {
        var all = everything || matched[doc] === concepts.length;
        complete += all ? 1 : 0;
        hits.push({ doc: doc, score: total[doc], all: all, phrase: false });
      }
    }
    // Counts for the filters: over the documents a reader is shown first, the complete matches.
    var topicCounts = new Map();
    var tagCounts = new Map();
    for (var d = 0; d < n; d++) {
      if (!everything && (matched[d] === 0 || (complete > 0 && matched[d] !== concepts.length))) continue;
      if (everything && topic < 0 && tag < 0) break;
      var fd = facets.docs[d];
      var topicOk = topic < 0 || fd[0] === topic;
      var tagOk = tag < 0 || fd[1].indexOf(tag) >= 0;
      if (tagOk) topicCounts.set(fd[0], (topicCounts.get(fd[0]) || 0) + 1);
      if (topicOk) fd[1].forEach(function (t) { tagCounts.set(t, (tagCounts.get(t) || 0) + 1); });
    }
    hits.sort(byRank);
    var phrase = phrasePattern(parsed);
    if (phrase) {
      var top = hits.slice(0, Math.min(complete, PHRASE_CANDIDATES));
      top.forEach(function (h) {
        [self.cardFile(h.doc), self.textFile(h.doc)].forEach(function (file) {
          if (!self.store.get(file) && missing.indexOf(file) < 0) missing.push(file);
        });
      });
      if (missing.length) return { missing: missing };
      top.forEach(function (h) {
        phrase.lastIndex = 0;
        h.phrase = phrase.test(normalize(self.card(h.doc)[2] + '\n' + self.text(h.doc).join('\n')));
      });
      hits.sort(byRank);
    }
    return result(hits, parsed, concepts, terms, topicCounts, tagCounts);
  };

  function byRank(a, b) {
    return (b.all - a.all) || (b.phrase - a.phrase) || (b.score - a.score) || (a.doc - b.doc);
  }

  /**
   * The query as an exact phrase, for queries of two or more segments with a word among them (a Han
   * run is matched as a phrase already): the segments in order with only spaces or punctuation between
   * them, each word in any of its forms (its stem and any letters after it). Null otherwise.
   */
  function phrasePattern(parsed) {
    var segs = parsed.segments;
    if (segs.length < 2 || !segs.some(function (s) { return s.kind === 'word'; })) return null;
    return new RegExp(phraseRegExpSource(segs.map(segmentKey)), 'u');
  }

  /** The source of a pattern for key parts in a row: Han runs as they are, words in any form from their stem. */
  function phraseRegExpSource(parts) {
    var pieces = parts.map(function (part) {
      return isHan(Array.from(part)[0]) ? escapeRegExp(part) : escapeRegExp(part) + '\\p{L}*';
    });
    var source = pieces[0];
    for (var i = 1; i < parts.length; i++) {
      // A Han run needs no space beside it (KV缓存); two words do.
      var han = isHan(Array.from(parts[i - 1])[0]) || isHan(Array.from(parts[i])[0]);
      source += (han ? '[^\\p{L}\\p{Nd}]*' : '[^\\p{L}\\p{Nd}]+') + pieces[i];
    }
    return '(?<![\\p{L}\\p{Nd}])' + source + '(?![\\p{L}\\p{Nd}])';
  }

  function result(hits, parsed, concepts, terms, topicCounts, tagCounts) {
    return {
      hits: hits,
      total: hits.length,
      complete: hits.filter(function (h) { return h.all; }).length,
      segments: parsed.segments.length,
      concepts: concepts.length,
      terms: terms,
      topicCounts: topicCounts,
      tagCounts: tagCounts
    };
  }

  /**
   * A corrected query when `query` finds nothing: each word no paper has (in any form) replaced by the
   * closest word of the lexicon, at most two edits away, or left out when none is. Returns {missing}
   * until its lexicons are in, then {query: corrected text or null}.
   */
  Engine.prototype.suggest = function (query) {
    var meta = this.store.get('meta');
    var parsed = segments(query);
    var missing = [];
    var self = this;
    var plans = parsed.segments.map(function (seg) { return self.alternatives(seg, false, missing); });
    var changed = false;
    var out = parsed.segments.map(function (seg, i) {
      if (seg.kind !== 'word' || seg.length < TYPO_MIN_LENGTH - 1 || missing.length) return seg.text;
      var known = (plans[i] || []).some(function (alt) {
        var shard = self.shard(alt.term, missing);
        return shard && shard[alt.term] !== undefined && alt.weight !== TYPO_WEIGHT;
      });
      if (known) return seg.text;
      var key = hex(seg.text);
      if (meta.lex.indexOf(key) < 0) {
        changed = true;
        return null;
      }
      var lexicon = self.store.get('lex/' + key);
      if (lexicon === undefined) {
        missing.push('lex/' + key);
        return seg.text;
      }
      var best = null;
      var bestDistance = 3;
      self.keys('lex/' + key, lexicon).forEach(function (t) {
        if (Math.abs(t.length - seg.text.length) >= bestDistance) return;
        var dist = editDistance(seg.text, t, bestDistance);
        if (dist < bestDistance) {
          best = t;
          bestDistance = dist;
        }
      });
      changed = true;
      // A word no paper has and nothing is close to is left out: keeping it would find nothing again.
      return best;
    });
    if (missing.length) return { missing: missing.filter(function (m, i) { return missing.indexOf(m) === i; }) };
    var kept = out.filter(function (w) { return w !== null; });
    return { query: changed && kept.length ? kept.join(' ') : null };
  };

  /** Levenshtein distance of a and b, or `limit` as soon as it is known to be at least that. */
  function editDistance(a, b, limit) {
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var least = i;
      for (var k = 1; k <= b.length; k++) {
        row.push(Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)));
        least = Math.min(least, row[k]);
      }
      if (least >= limit) return limit;
      prev = row;
    }
    return Math.min(prev[b.length], limit);
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
        if (isHan(Array.from(t)[0])) return escapeRegExp(t);
        if (t.charAt(0) === PHRASE_MARK) return phraseRegExpSource(t.slice(1).split(' '));
        // A stem term marks every form of its word: ~token marks tokenizers and tokenization.
        if (t.charAt(0) === STEM_MARK) return '(?<![\\p{L}\\p{Nd}])' + escapeRegExp(t.slice(1)) + '\\p{L}*(?![\\p{L}\\p{Nd}])';
        return '(?<![\\p{L}\\p{Nd}])' + escapeRegExp(t) + '(?![\\p{L}\\p{Nd}])';
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
    editDistance: editDistance,
    phrasePattern: phrasePattern,
    isHan: isHan,
    stem: stem,
    PREFIX_WEIGHT: PREFIX_WEIGHT,
    TYPO_WEIGHT: TYPO_WEIGHT,
    TYPO_MIN_LENGTH: TYPO_MIN_LENGTH,
    PREFIX_MIN_LENGTH: PREFIX_MIN_LENGTH
  };
});
