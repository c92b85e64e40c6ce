;; SIMD kernels of csi-analytics (WebAssembly 128-bit SIMD, f64x2 lanes).
;;
;; Source of src/numeric/wasm/simdKernelsBinary.ts (assembled by `node scripts/build-wasm.mjs`;
;; a test checks that the committed bytes are this text assembled).
;;
;; Every lane computes exactly the operation sequence of the scalar JavaScript kernels
;; (crossProducts, centreChunk): lanes run over *columns*, never over rows, so each entry is
;; still summed in row order starting from +0, and f64x2.add / f64x2.mul / f64x2.div are
;; IEEE-754 round-to-nearest per lane (no fused multiply-add, no flush to zero). The results
;; are therefore the same bit for bit as the JavaScript kernels'.
;;
;; All pointers are byte offsets into the exported memory; matrices are row-major with P
;; (a multiple of 4) doubles per row.
(module
  (memory (export "memory") 1)

  ;; dst[r·P + k] = src[k·stride + r] for k < P, r < len (column-major → row-major)
  (func (export "transpose") (param $src i32) (param $stride i32) (param $len i32) (param $P i32) (param $dst i32)
    (local $k i32) (local $r i32) (local $ps i32) (local $pd i32) (local $rowb i32)
    (local.set $rowb (i32.shl (local.get $P) (i32.const 3)))
    (local.set $k (i32.const 0))
    (block $kdone (loop $kloop
      (br_if $kdone (i32.ge_u (local.get $k) (local.get $P)))
      (local.set $ps (i32.add (local.get $src) (i32.shl (i32.mul (local.get $k) (local.get $stride)) (i32.const 3))))
      (local.set $pd (i32.add (local.get $dst) (i32.shl (local.get $k) (i32.const 3))))
      (local.set $r (local.get $len))
      (block $rdone (loop $rloop
        (br_if $rdone (i32.eqz (local.get $r)))
        (f64.store (local.get $pd) (f64.load (local.get $ps)))
        (local.set $ps (i32.add (local.get $ps) (i32.const 8)))
        (local.set $pd (i32.add (local.get $pd) (local.get $rowb)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $rloop)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $kloop)))
  )

  ;; Centres each column of the row-major len × P matrix at buf at its mean with one correction
  ;; step and writes the P means to $means (centreChunk):
  ;;   s = Σ_r x_r;  m = s/len;  d = Σ_r (x_r − m);  m = m + d/len;  x_r = x_r − m.
  (func (export "centre") (param $buf i32) (param $len i32) (param $P i32) (param $means i32)
    (local $k i32) (local $r i32) (local $p i32) (local $rowb i32) (local $nv v128)
    (local $s0 v128) (local $s1 v128) (local $m0 v128) (local $m1 v128)
    (local.set $rowb (i32.shl (local.get $P) (i32.const 3)))
    (local.set $nv (f64x2.splat (f64.convert_i32_u (local.get $len))))
    (local.set $k (i32.const 0))
    (block $kdone (loop $kloop
      (br_if $kdone (i32.ge_u (local.get $k) (local.get $P)))
      ;; sums
      (local.set $s0 (v128.const f64x2 0 0)) (local.set $s1 (v128.const f64x2 0 0))
      (local.set $p (i32.add (local.get $buf) (i32.shl (local.get $k) (i32.const 3))))
      (local.set $r (local.get $len))
      (block $d1 (loop $l1
        (br_if $d1 (i32.eqz (local.get $r)))
        (local.set $s0 (f64x2.add (local.get $s0) (v128.load (local.get $p))))
        (local.set $s1 (f64x2.add (local.get $s1) (v128.load offset=16 (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $rowb)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $l1)))
      (local.set $m0 (f64x2.div (local.get $s0) (local.get $nv)))
      (local.set $m1 (f64x2.div (local.get $s1) (local.get $nv)))
      ;; correction
      (local.set $s0 (v128.const f64x2 0 0)) (local.set $s1 (v128.const f64x2 0 0))
      (local.set $p (i32.add (local.get $buf) (i32.shl (local.get $k) (i32.const 3))))
      (local.set $r (local.get $len))
      (block $d2 (loop $l2
        (br_if $d2 (i32.eqz (local.get $r)))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.sub (v128.load (local.get $p)) (local.get $m0))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.sub (v128.load offset=16 (local.get $p)) (local.get $m1))))
        (local.set $p (i32.add (local.get $p) (local.get $rowb)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $l2)))
      (local.set $m0 (f64x2.add (local.get $m0) (f64x2.div (local.get $s0) (local.get $nv))))
      (local.set $m1 (f64x2.add (local.get $m1) (f64x2.div (local.get $s1) (local.get $nv))))
      (local.set $p (i32.add (local.get $means) (i32.shl (local.get $k) (i32.const 3))))
      (v128.store (local.get $p) (local.get $m0))
      (v128.store offset=16 (local.get $p) (local.get $m1))
      ;; subtract
      (local.set $p (i32.add (local.get $buf) (i32.shl (local.get $k) (i32.const 3))))
      (local.set $r (local.get $len))
      (block $d3 (loop $l3
        (br_if $d3 (i32.eqz (local.get $r)))
        (v128.store (local.get $p) (f64x2.sub (v128.load (local.get $p)) (local.get $m0)))
        (v128.store offset=16 (local.get $p) (f64x2.sub (v128.load offset=16 (local.get $p)) (local.get $m1)))
        (local.set $p (i32.add (local.get $p) (local.get $rowb)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $l3)))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $kloop)))
  )

  ;; out[k·os + l] (= or +=) Σ_r x[r·P + k] · y[r·P + l] for every 4 × 4 tile with l0 ≥ k0
  ;; (crossProducts). With $init ≠ 0 the sums continue from the values in out (a block of rows
  ;; after the previous block: the same sequence of additions as one pass over all rows).
  (func (export "cross") (param $x i32) (param $y i32) (param $len i32) (param $P i32) (param $out i32) (param $os i32) (param $init i32)
    (local $k0 i32) (local $l0 i32) (local $r i32) (local $rowb i32) (local $osb i32) (local $px i32) (local $py i32) (local $po i32)
    (local $a0 v128) (local $a1 v128) (local $b0 v128) (local $b1 v128)
    (local $c0 v128) (local $c1 v128) (local $d0 v128) (local $d1 v128)
    (local $ya v128) (local $yb v128) (local $v v128)
    (local.set $rowb (i32.shl (local.get $P) (i32.const 3)))
    (local.set $osb (i32.shl (local.get $os) (i32.const 3)))
    (local.set $k0 (i32.const 0))
    (block $kdone (loop $kloop
      (br_if $kdone (i32.ge_u (local.get $k0) (local.get $P)))
      (local.set $l0 (local.get $k0))
      (block $ldone (loop $lloop
        (br_if $ldone (i32.ge_u (local.get $l0) (local.get $P)))
        (local.set $po (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $k0) (local.get $os)) (local.get $l0)) (i32.const 3))))
        (if (local.get $init)
          (then
            (local.set $a0 (v128.load (local.get $po)))
            (local.set $a1 (v128.load offset=16 (local.get $po)))
            (local.set $b0 (v128.load (i32.add (local.get $po) (local.get $osb))))
            (local.set $b1 (v128.load offset=16 (i32.add (local.get $po) (local.get $osb))))
            (local.set $c0 (v128.load (i32.add (local.get $po) (i32.shl (local.get $osb) (i32.const 1)))))
            (local.set $c1 (v128.load offset=16 (i32.add (local.get $po) (i32.shl (local.get $osb) (i32.const 1)))))
            (local.set $d0 (v128.load (i32.add (local.get $po) (i32.mul (local.get $osb) (i32.const 3)))))
            (local.set $d1 (v128.load offset=16 (i32.add (local.get $po) (i32.mul (local.get $osb) (i32.const 3))))))
          (else
            (local.set $a0 (v128.const f64x2 0 0)) (local.set $a1 (v128.const f64x2 0 0))
            (local.set $b0 (v128.const f64x2 0 0)) (local.set $b1 (v128.const f64x2 0 0))
            (local.set $c0 (v128.const f64x2 0 0)) (local.set $c1 (v128.const f64x2 0 0))
            (local.set $d0 (v128.const f64x2 0 0)) (local.set $d1 (v128.const f64x2 0 0))))
        (local.set $px (i32.add (local.get $x) (i32.shl (local.get $k0) (i32.const 3))))
        (local.set $py (i32.add (local.get $y) (i32.shl (local.get $l0) (i32.const 3))))
        (local.set $r (local.get $len))
        (block $rdone (loop $rloop
          (br_if $rdone (i32.eqz (local.get $r)))
          (local.set $ya (v128.load (local.get $py)))
          (local.set $yb (v128.load offset=16 (local.get $py)))
          (local.set $v (v128.load64_splat (local.get $px)))
          (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $v) (local.get $ya))))
          (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $v) (local.get $yb))))
          (local.set $v (v128.load64_splat offset=8 (local.get $px)))
          (local.set $b0 (f64x2.add (local.get $b0) (f64x2.mul (local.get $v) (local.get $ya))))
          (local.set $b1 (f64x2.add (local.get $b1) (f64x2.mul (local.get $v) (local.get $yb))))
          (local.set $v (v128.load64_splat offset=16 (local.get $px)))
          (local.set $c0 (f64x2.add (local.get $c0) (f64x2.mul (local.get $v) (local.get $ya))))
          (local.set $c1 (f64x2.add (local.get $c1) (f64x2.mul (local.get $v) (local.get $yb))))
          (local.set $v (v128.load64_splat offset=24 (local.get $px)))
          (local.set $d0 (f64x2.add (local.get $d0) (f64x2.mul (local.get $v) (local.get $ya))))
          (local.set $d1 (f64x2.add (local.get $d1) (f64x2.mul (local.get $v) (local.get $yb))))
          (local.set $px (i32.add (local.get $px) (local.get $rowb)))
          (local.set $py (i32.add (local.get $py) (local.get $rowb)))
          (local.set $r (i32.sub (local.get $r) (i32.const 1)))
          (br $rloop)))
        (v128.store (local.get $po) (local.get $a0))
        (v128.store offset=16 (local.get $po) (local.get $a1))
        (local.set $po (i32.add (local.get $po) (local.get $osb)))
        (v128.store (local.get $po) (local.get $b0))
        (v128.store offset=16 (local.get $po) (local.get $b1))
        (local.set $po (i32.add (local.get $po) (local.get $osb)))
        (v128.store (local.get $po) (local.get $c0))
        (v128.store offset=16 (local.get $po) (local.get $c1))
        (local.set $po (i32.add (local.get $po) (local.get $osb)))
        (v128.store (local.get $po) (local.get $d0))
        (v128.store offset=16 (local.get $po) (local.get $d1))
        (local.set $l0 (i32.add (local.get $l0) (i32.const 4)))
        (br $lloop)))
      (local.set $k0 (i32.add (local.get $k0) (i32.const 4)))
      (br $kloop)))
  )

  ;; The PLS kernel's item–score and construct correlations (plsKernel computeTR), one lane per item:
  ;;   Tt[j·pp + k] = Σ_{m in block j} corrT[item_m·pp + k] · w[m]   (summed in block order from +0)
  ;;   R[i·J + j] = R[j·J + i] = Σ_{m in block i} w[m] · Tt[j·pp + item_m]   (j ≥ i)
  ;;   T[k·J + j] = Tt[j·pp + k]   (k < p)
  ;; corrT is the p × p correlation matrix transposed, rows padded to pp (even) doubles; $bs holds
  ;; J + 1 block starts and $bi the block items (i32).
  (func (export "scoreCor") (param $corrT i32) (param $w i32) (param $bs i32) (param $bi i32) (param $J i32) (param $p i32) (param $pp i32) (param $Tt i32) (param $T i32) (param $R i32)
    (local $j i32) (local $i i32) (local $m i32) (local $e i32) (local $k i32) (local $row i32) (local $src i32) (local $ppb i32)
    (local $wm v128) (local $acc f64) (local $s i32)
    (local.set $ppb (i32.shl (local.get $pp) (i32.const 3)))
    ;; Tt
    (local.set $j (i32.const 0))
    (block $jd (loop $jl
      (br_if $jd (i32.ge_u (local.get $j) (local.get $J)))
      (local.set $row (i32.add (local.get $Tt) (i32.mul (local.get $j) (local.get $ppb))))
      (local.set $k (i32.const 0))
      (block $zd (loop $zl
        (br_if $zd (i32.ge_u (local.get $k) (local.get $pp)))
        (v128.store (i32.add (local.get $row) (i32.shl (local.get $k) (i32.const 3))) (v128.const f64x2 0 0))
        (local.set $k (i32.add (local.get $k) (i32.const 2)))
        (br $zl)))
      (local.set $m (i32.load (i32.add (local.get $bs) (i32.shl (local.get $j) (i32.const 2)))))
      (local.set $e (i32.load offset=4 (i32.add (local.get $bs) (i32.shl (local.get $j) (i32.const 2)))))
      (block $md (loop $ml
        (br_if $md (i32.ge_u (local.get $m) (local.get $e)))
        (local.set $wm (v128.load64_splat (i32.add (local.get $w) (i32.shl (local.get $m) (i32.const 3)))))
        (local.set $src (i32.add (local.get $corrT) (i32.mul (i32.load (i32.add (local.get $bi) (i32.shl (local.get $m) (i32.const 2)))) (local.get $ppb))))
        (local.set $k (i32.const 0))
        (block $kd (loop $kl
          (br_if $kd (i32.ge_u (local.get $k) (local.get $pp)))
          (v128.store (i32.add (local.get $row) (i32.shl (local.get $k) (i32.const 3)))
            (f64x2.add
              (v128.load (i32.add (local.get $row) (i32.shl (local.get $k) (i32.const 3))))
              (f64x2.mul (v128.load (i32.add (local.get $src) (i32.shl (local.get $k) (i32.const 3)))) (local.get $wm))))
          (local.set $k (i32.add (local.get $k) (i32.const 2)))
          (br $kl)))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $ml)))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $jl)))
    ;; R (scalar, block order)
    (local.set $i (i32.const 0))
    (block $id (loop $il
      (br_if $id (i32.ge_u (local.get $i) (local.get $J)))
      (local.set $s (i32.load (i32.add (local.get $bs) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $e (i32.load offset=4 (i32.add (local.get $bs) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $j (local.get $i))
      (block $rjd (loop $rjl
        (br_if $rjd (i32.ge_u (local.get $j) (local.get $J)))
        (local.set $row (i32.add (local.get $Tt) (i32.mul (local.get $j) (local.get $ppb))))
        (local.set $acc (f64.const 0))
        (local.set $m (local.get $s))
        (block $rmd (loop $rml
          (br_if $rmd (i32.ge_u (local.get $m) (local.get $e)))
          (local.set $acc (f64.add (local.get $acc)
            (f64.mul
              (f64.load (i32.add (local.get $w) (i32.shl (local.get $m) (i32.const 3))))
              (f64.load (i32.add (local.get $row) (i32.shl (i32.load (i32.add (local.get $bi) (i32.shl (local.get $m) (i32.const 2)))) (i32.const 3)))))))
          (local.set $m (i32.add (local.get $m) (i32.const 1)))
          (br $rml)))
        (f64.store (i32.add (local.get $R) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $J)) (local.get $j)) (i32.const 3))) (local.get $acc))
        (f64.store (i32.add (local.get $R) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $J)) (local.get $i)) (i32.const 3))) (local.get $acc))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rjl)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $il)))
    ;; T = Ttᵀ
    (local.set $k (i32.const 0))
    (block $td (loop $tl
      (br_if $td (i32.ge_u (local.get $k) (local.get $p)))
      (local.set $j (i32.const 0))
      (block $tjd (loop $tjl
        (br_if $tjd (i32.ge_u (local.get $j) (local.get $J)))
        (f64.store (i32.add (local.get $T) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $J)) (local.get $j)) (i32.const 3)))
          (f64.load (i32.add (local.get $Tt) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $pp)) (local.get $k)) (i32.const 3)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $tjl)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $tl)))
  )
)
