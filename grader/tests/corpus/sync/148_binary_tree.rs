#[derive(Debug)]
struct Tree {
    root: Option<Box<TreeNode>>,
}

#[derive(Debug)]
struct TreeNode {
    key: i32,
    left: Option<Box<TreeNode>>,
    right: Option<Box<TreeNode>>,
}

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(TreeNode { key, left: None, right: None }));
        true
    }
    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }
    fn inorder(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<TreeNode>>, out: &mut Vec<i32>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push(node.key);
                walk(&node.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }
    fn height(&self) -> usize {
        fn h(n: &Option<Box<TreeNode>>) -> usize {
            match n {
                None => 0,
                Some(node) => 1 + h(&node.left).max(h(&node.right)),
            }
        }
        h(&self.root)
    }
}

fn main() {
    let mut t = Tree { root: None };
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        println!("insert {k}: {}", t.insert(k));
    }
    println!("{:?}", t.inorder());
    println!("height {}", t.height());
    println!("contains 65: {}, 66: {}", t.contains(65), t.contains(66));
}
