fn binary_search(items: &[i32], target: i32) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0usize, items.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match items[mid].cmp(&target) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Ok(mid),
        }
    }
    Err(lo)
}

fn insertion_sort<T: PartialOrd + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn merge_sort(v: Vec<i32>) -> Vec<i32> {
    if v.len() <= 1 {
        return v;
    }
    let right = v[v.len() / 2..].to_vec();
    let left = v[..v.len() / 2].to_vec();
    let (l, r) = (merge_sort(left), merge_sort(right));
    let mut out = Vec::with_capacity(l.len() + r.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if l[i] <= r[j] {
            out.push(l[i]);
            i += 1;
        } else {
            out.push(r[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

fn main() {
    let mut v = vec![38, 27, 43, 3, 9, 82, 10];
    let sorted = merge_sort(v.clone());
    println!("{sorted:?}");
    insertion_sort(&mut v);
    println!("{v:?} {}", v == sorted);
    for t in [43, 4, 100, 3] {
        println!("search {t}: {:?} (std: {:?})", binary_search(&v, t), v.binary_search(&t));
    }
    let mut words = ["pear", "Apple", "fig"];
    insertion_sort(&mut words);
    println!("{words:?}");
    let mut fl = [2.5, -1.0, 0.0];
    insertion_sort(&mut fl);
    println!("{fl:?}");
}
