fn bucket(hash: i64, buckets: i64) -> i64 {
    hash % buckets
}

fn main() {
    let hashes = [17i64, -9, i64::MIN];
    for h in hashes {
        let b = bucket(h, if h == i64::MIN { -1 } else { 4 });
        println!("{h} -> bucket {b}");
    }
}
