#[derive(Debug)]
struct Node {
    name: String,
    visits: u32,
}

fn find_mut<'a>(nodes: &'a mut [Node], name: &str) -> Option<&'a mut Node> {
    nodes.iter_mut().find(|n| n.name == name)
}

fn main() {
    let mut nodes = vec![Node { name: "a".into(), visits: 0 }, Node { name: "b".into(), visits: 0 }];
    for target in ["a", "b", "a", "c"] {
        match find_mut(&mut nodes, target) {
            Some(n) => n.visits += 1,
            None => println!("no node {target}"),
        }
    }
    println!("{nodes:?}");
    if let Some(n) = nodes.first_mut() {
        n.name.push('!');
    }
    let mut maybe: Option<Vec<i32>> = Some(vec![1]);
    if let Some(v) = &mut maybe {
        v.push(2);
    }
    maybe.as_mut().map(|v| v.push(3));
    println!("{maybe:?} {}", nodes[0].name);
    let mut best: Option<&Node> = None;
    for n in &nodes {
        if best.map_or(true, |b| n.visits > b.visits) {
            best = Some(n);
        }
    }
    println!("{:?}", best.map(|n| &n.name));
    let mut total = Some(0);
    for x in [1, 2, 3] {
        if let Some(t) = total.as_mut() {
            *t += x;
        }
    }
    println!("{total:?}");
}
