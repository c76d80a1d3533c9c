fn is_sorted(v: &[i32]) -> bool {
    v.windows(2).all(|w| w[0] <= w[1])
}

fn main() {
    let v = vec![1, 2, 2, 5];
    assert!(is_sorted(&v));
    assert!(v.len() == 4, "expected four items, got {}", v.len());
    assert_eq!(v[0] + v[1], 3);
    assert_eq!(v.iter().sum::<i32>(), 10, "sum of {:?}", v);
    assert_ne!(v[0], v[3]);
    assert_ne!("a", "b", "strings differ");
    debug_assert!(v.contains(&5));
    debug_assert_eq!(v.first(), Some(&1));
    println!("all assertions passed");
    let r: Result<(), String> = Ok(());
    assert!(r.is_ok());
    assert!(matches!(v.as_slice(), [1, .., 5]));
    println!("{}", matches!(v.len(), 1..=3));
    println!("{}", matches!(Some(7), Some(n) if n > 5));
}
