fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    v.dedup();
    println!("{v:?}");
    let mut sorted = v.clone();
    sorted.sort();
    sorted.dedup();
    println!("{sorted:?}");
    let mut words = vec!["Apple", "apple", "Banana", "BANANA", "cherry"];
    words.dedup_by_key(|w| w.to_lowercase());
    println!("{words:?}");
    let mut nums: Vec<i32> = (1..=20).collect();
    nums.retain(|n| n % 3 == 0);
    println!("{nums:?}");
    let mut names = vec![String::from("ann"), String::from(""), String::from("bob"), String::new()];
    names.retain(|n| !n.is_empty());
    println!("{names:?}");
    let mut counter = 0;
    let mut data = vec![10, 20, 30, 40];
    data.retain(|_| {
        counter += 1;
        counter % 2 == 1
    });
    println!("{data:?}");
    let mut scores = vec![3, 8, 1, 9];
    scores.retain_mut(|s| {
        *s *= 2;
        *s > 5
    });
    println!("{scores:?}");
}
